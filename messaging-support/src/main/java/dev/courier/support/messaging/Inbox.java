package dev.courier.support.messaging;

import dev.courier.contract.events.ChainEvent;
import dev.courier.contract.events.EventType;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.logging.Logger;

/**
 * Remembers which events a service has applied, in its own database and in the transaction of
 * the effect. Two deliveries of one event race on the primary key: the loser rolls back and, when
 * redelivered, finds the event applied.
 */
public final class Inbox {

    private static final Logger LOG = Logger.getLogger(Inbox.class.getName());

    private Inbox() {}

    /**
     * True the first time {@code event} arrives (and records it in {@code em}'s transaction),
     * false for every repeat.
     */
    public static boolean firstDelivery(EntityManager em, EventType<?> type, ChainEvent event) {
        if (em.find(ProcessedEvent.class, event.eventId()) != null) {
            LOG.info(() -> type.name() + " " + event.eventId() + " of order " + event.orderId()
                    + " was applied before: ignored");
            return false;
        }
        em.persist(new ProcessedEvent(event.eventId(), type.name(), event.orderId()));
        em.flush();
        return true;
    }

    /**
     * Forgets the events applied before {@code cutoff}, in {@code em}'s transaction, and says how
     * many. A repeat older than the retention would be applied again, so the retention must be far
     * longer than any redelivery or operator's move back can take.
     */
    public static int forgetAppliedBefore(EntityManager em, Instant cutoff) {
        return em.createNamedQuery(ProcessedEvent.FORGET_BEFORE)
                .setParameter("cutoff", cutoff)
                .executeUpdate();
    }
}
