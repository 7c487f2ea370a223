package dev.courier.order.orders.control;

import dev.courier.order.orders.entity.Order;
import dev.courier.order.orders.entity.OrderStatus;
import dev.courier.support.persistence.EntityLookup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Settles orders that the chain did not finish in time, as a saga does: an order PENDING after its
 * deadline is expired (CANCELLING) and the payment and inventory are told to undo their part, in
 * one transaction; an order still CANCELLING {@code courier.order.undo-deadline} after its deadline
 * (default 15 minutes) NEEDS_ATTENTION. Each order is settled in a transaction of its own, under a
 * lock on its row, so that several servers checking at once settle it once.
 */
@ApplicationScoped
@Transactional
public class OrderDeadlines {

    private static final Logger LOG = Logger.getLogger(OrderDeadlines.class.getName());

    /** The most orders one check settles; the next check takes the rest. */
    static final int BATCH = 100;

    @PersistenceContext(unitName = "order")
    EntityManager em;

    @Inject
    OrderEvents events;

    @Inject
    OrderMetrics metrics;

    @Inject
    @ConfigProperty(name = "courier.order.undo-deadline", defaultValue = "PT15M")
    Duration undoDeadline;

    /** Ids of orders PENDING past their deadline at {@code now}, oldest deadline first. */
    public List<UUID> expiredAt(Instant now) {
        return due(OrderStatus.PENDING, now);
    }

    /** Ids of orders still CANCELLING at {@code now}, longer than the undo deadline after their deadline. */
    public List<UUID> stuckAt(Instant now) {
        return due(OrderStatus.CANCELLING, now.minus(undoDeadline));
    }

    /**
     * Expires order {@code id} if it is still PENDING past its deadline at {@code now}, and asks the
     * payment and the inventory to undo their part. True if it did.
     */
    public boolean expire(UUID id, Instant now) {
        Order order = locked(id);
        if (order == null || !order.isPending() || !order.deadline().isBefore(now)) {
            return false; // finished meanwhile, or settled by another server
        }
        order.expire(now);
        events.orderExpired(order);
        metrics.count(order);
        LOG.info(() -> "Order " + id + " was not final by its deadline " + order.deadline()
                + ": cancelling it, undoing its payment and stock");
        return true;
    }

    /** Marks order {@code id} NEEDS_ATTENTION if undoing its steps has not finished in time. True if it did. */
    public boolean giveUp(UUID id, Instant now) {
        Order order = locked(id);
        if (order == null
                || order.status() != OrderStatus.CANCELLING
                || !order.deadline().plus(undoDeadline).isBefore(now)) {
            return false;
        }
        order.needsAttention(
                now, "undoing its payment and stock did not finish within " + undoDeadline + " of the deadline");
        metrics.count(order);
        LOG.warning(() -> "Order " + id + " needs attention: undoing its steps did not finish within " + undoDeadline);
        return true;
    }

    /** How many orders are in NEEDS_ATTENTION now. */
    public long needingAttention() {
        return em.createNamedQuery(Order.COUNT_MATCHING, Long.class)
                .setParameter("userId", null)
                .setParameter("status", OrderStatus.NEEDS_ATTENTION)
                .getSingleResult();
    }

    private List<UUID> due(OrderStatus status, Instant before) {
        return em.createNamedQuery(Order.IDS_DUE, UUID.class)
                .setParameter("status", status)
                .setParameter("before", before)
                .setMaxResults(BATCH)
                .getResultList();
    }

    private Order locked(UUID id) {
        return EntityLookup.found(em.find(Order.class, id, LockModeType.PESSIMISTIC_WRITE))
                .orElse(null);
    }
}
