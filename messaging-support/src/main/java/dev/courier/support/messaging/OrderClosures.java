package dev.courier.support.messaging;

import dev.courier.contract.events.ChainEvent;
import dev.courier.contract.events.EventType;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.UUID;
import java.util.logging.Logger;

/**
 * The orders a service has closed (see {@link ClosedOrder}). A step closes an order in the
 * transaction in which it undoes its part; every later event of the order is then recorded and
 * ignored. The caller orders the two against each other with a lock on the rows both would change
 * (the account, the products): the check must come after that lock.
 */
public final class OrderClosures {

    private static final Logger LOG = Logger.getLogger(OrderClosures.class.getName());

    private OrderClosures() {}

    /** Closes {@code orderId} in {@code em}'s transaction; closing it again changes nothing. */
    public static void close(EntityManager em, UUID orderId) {
        if (em.find(ClosedOrder.class, orderId) == null) {
            em.persist(new ClosedOrder(orderId, Instant.now()));
        }
    }

    /**
     * True when {@code event}'s order is closed; the event is then recorded on the closed order (in
     * {@code em}'s transaction) and logged, and the caller must change nothing else.
     */
    public static boolean ignoredAsClosed(EntityManager em, EventType<?> type, ChainEvent event) {
        ClosedOrder closed = em.find(ClosedOrder.class, event.orderId());
        if (closed == null) {
            return false;
        }
        closed.ignored(type.name() + " " + event.eventId());
        LOG.warning(() -> type.name() + " " + event.eventId() + " arrived for order " + event.orderId()
                + ", closed since " + closed.closedAt() + " (it expired): ignored, nothing changed");
        return true;
    }
}
