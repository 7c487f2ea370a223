package dev.courier.order.orders.control;

import dev.courier.contract.events.ChainEvent;
import dev.courier.contract.events.EventType;
import dev.courier.contract.events.InventoryUpdated;
import dev.courier.contract.events.OrderExpired;
import dev.courier.contract.events.PaymentOutcome;
import dev.courier.contract.events.PaymentRefunded;
import dev.courier.contract.events.PaymentReleased;
import dev.courier.contract.events.StockReleased;
import dev.courier.contract.events.Undoing;
import dev.courier.order.orders.entity.CancellationReason;
import dev.courier.order.orders.entity.Order;
import dev.courier.order.orders.entity.OrderStatus;
import dev.courier.order.orders.entity.OrderStep;
import dev.courier.support.messaging.Inbox;
import dev.courier.support.persistence.EntityLookup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import java.util.logging.Logger;

/**
 * The order's end of the chain: completes the order, cancels it, or starts the compensation and
 * cancels it once the refund is done; cancels an expired order once every step has undone its
 * part. Each call is one transaction with the event it sends, and applies a given event once. An
 * event of the regular chain that arrives when the order is no longer PENDING (settled, or expired
 * meanwhile) changes nothing; the order's history records it.
 */
@ApplicationScoped
@Transactional
public class OrderOutcomes {

    private static final Logger LOG = Logger.getLogger(OrderOutcomes.class.getName());

    @PersistenceContext(unitName = "order")
    EntityManager em;

    @Inject
    OrderEvents events;

    @Inject
    OrderMetrics metrics;

    /** The messages that undo an expired order's steps: one of them dead-lettered needs an operator. */
    private static final Set<String> UNDOING = Set.of(OrderExpired.TYPE, PaymentReleased.TYPE, StockReleased.TYPE);

    public void stockUpdated(InventoryUpdated stock) {
        if (!Inbox.firstDelivery(em, EventType.INVENTORY_UPDATED, stock)) {
            return;
        }
        Order order = existing(stock);
        if (late(order, EventType.INVENTORY_UPDATED, stock)) {
            return;
        }
        if (stock.paymentOutcome() == PaymentOutcome.DECLINED) {
            order.record(OrderStep.PAYMENT_DECLINED, stock.paymentAt(), stock.declineReason());
            order.cancel(CancellationReason.PAYMENT_DECLINED, Instant.now());
            settled(order);
            return;
        }
        order.record(OrderStep.PAID, stock.paymentAt(), "payment " + stock.paymentId());
        switch (stock.outcome()) {
            case RESERVED -> {
                order.record(OrderStep.STOCK_RESERVED, stock.occurredAt(), null);
                order.process(Instant.now());
                settled(order);
            }
            case REJECTED -> {
                order.record(
                        OrderStep.STOCK_REJECTED, stock.occurredAt(), "not enough stock of " + stock.missingProducts());
                order.record(OrderStep.REFUND_REQUESTED, Instant.now(), "payment " + stock.paymentId());
                LOG.info(() -> "Order " + order.id() + ": stock rejected, refund of payment " + stock.paymentId()
                        + " requested");
                events.refundRequested(order, stock);
            }
            case NOT_ATTEMPTED -> throw new IllegalStateException("stock untouched for the paid order " + order.id());
        }
    }

    public void refunded(PaymentRefunded refund) {
        if (!Inbox.firstDelivery(em, EventType.PAYMENT_REFUNDED, refund)) {
            return;
        }
        Order order = existing(refund);
        if (late(order, EventType.PAYMENT_REFUNDED, refund)) {
            return;
        }
        order.record(OrderStep.REFUNDED, refund.occurredAt(), "refund " + refund.refundId());
        order.cancel(CancellationReason.OUT_OF_STOCK, Instant.now());
        settled(order);
    }

    /** The payment service closed the expired order: one of the two steps that cancel it. */
    public void paymentReleased(PaymentReleased released) {
        if (!Inbox.firstDelivery(em, EventType.PAYMENT_RELEASED, released)) {
            return;
        }
        Order order = existing(released);
        String detail = released.outcome() == Undoing.UNDONE
                ? "refund " + released.refundId() + " of " + released.amount()
                : "nothing left to refund";
        if (order.released(OrderStep.PAYMENT_RELEASED, released.occurredAt(), detail)) {
            settled(order);
        }
    }

    /** The inventory closed the expired order: one of the two steps that cancel it. */
    public void stockReleased(StockReleased released) {
        if (!Inbox.firstDelivery(em, EventType.STOCK_RELEASED, released)) {
            return;
        }
        Order order = existing(released);
        String detail = released.outcome() == Undoing.UNDONE ? "stock put back" : "no stock was taken";
        if (order.released(OrderStep.STOCK_RELEASED, released.occurredAt(), detail)) {
            settled(order);
        }
    }

    /**
     * Shows in the order's history that a message of its chain ({@code type}) failed every
     * delivery and waits in a dead-letter queue. When it was one that undoes a step of an expired
     * order, the order NEEDS_ATTENTION: the operator fixes the cause and moves the message back,
     * and the order then ends CANCELLED. A notice for an unknown order changes nothing.
     */
    public void deadLettered(UUID orderId, String type, String messageId) {
        Order order = EntityLookup.found(em.find(Order.class, orderId)).orElse(null);
        if (order == null) {
            LOG.warning(() -> "Dead-lettered " + type + " message " + messageId + " names no known order " + orderId);
            return;
        }
        String detail = type + " message " + messageId + " failed every delivery; it waits in a dead-letter queue";
        if (order.status() == OrderStatus.CANCELLING && UNDOING.contains(type)) {
            LOG.warning(() -> "Order " + orderId + " needs attention: " + detail);
            order.needsAttention(Instant.now(), detail);
            metrics.count(order);
            return;
        }
        order.record(OrderStep.MESSAGE_DEAD_LETTERED, Instant.now(), detail);
    }

    /** Announces the order's final state, and logs it. */
    private void settled(Order order) {
        LOG.info(() -> "Order " + order.id() + " is " + order.status()
                + (order.cancellationReason() == null ? "" : " (" + order.cancellationReason() + ")"));
        events.orderProcessed(order);
        metrics.count(order);
    }

    /** True, and recorded in the order's history, when {@code event} comes after the order left PENDING. */
    private static boolean late(Order order, EventType<?> type, ChainEvent event) {
        if (order.isPending()) {
            return false;
        }
        LOG.warning(() -> type.name() + " " + event.eventId() + " arrived for order " + order.id() + ", which is "
                + order.status() + ": ignored, nothing changed");
        order.record(
                OrderStep.LATE_EVENT_IGNORED,
                Instant.now(),
                type.name() + " " + event.eventId() + " arrived when the order was " + order.status());
        return true;
    }

    private Order existing(ChainEvent event) {
        Order order = EntityLookup.found(em.find(Order.class, event.orderId())).orElse(null);
        if (order == null) {
            throw new IllegalStateException("no order " + event.orderId() + " for event " + event.eventId());
        }
        return order;
    }
}
