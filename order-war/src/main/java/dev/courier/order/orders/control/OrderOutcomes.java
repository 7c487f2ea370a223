package dev.courier.order.orders.control;

import dev.courier.contract.events.EventType;
import dev.courier.contract.events.InventoryUpdated;
import dev.courier.contract.events.PaymentOutcome;
import dev.courier.contract.events.PaymentRefunded;
import dev.courier.order.orders.entity.CancellationReason;
import dev.courier.order.orders.entity.Order;
import dev.courier.order.orders.entity.OrderStep;
import dev.courier.support.messaging.Inbox;
import dev.courier.support.persistence.EntityLookup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.UUID;
import java.util.logging.Logger;

/**
 * The order's end of the chain: completes the order, cancels it, or starts the compensation and
 * cancels it once the refund is done. Each call is one transaction with the event it sends, and
 * applies a given event once.
 */
@ApplicationScoped
@Transactional
public class OrderOutcomes {

    private static final Logger LOG = Logger.getLogger(OrderOutcomes.class.getName());

    @PersistenceContext(unitName = "order")
    EntityManager em;

    @Inject
    OrderEvents events;

    public void stockUpdated(InventoryUpdated stock) {
        if (!Inbox.firstDelivery(em, EventType.INVENTORY_UPDATED, stock)) {
            return;
        }
        Order order = existing(stock);
        if (stock.paymentOutcome() == PaymentOutcome.DECLINED) {
            order.record(OrderStep.PAYMENT_DECLINED, stock.paymentAt(), stock.declineReason());
            order.cancel(CancellationReason.PAYMENT_DECLINED, Instant.now());
            events.orderProcessed(order);
            return;
        }
        order.record(OrderStep.PAID, stock.paymentAt(), "payment " + stock.paymentId());
        switch (stock.outcome()) {
            case RESERVED -> {
                order.record(OrderStep.STOCK_RESERVED, stock.occurredAt(), null);
                order.process(Instant.now());
                events.orderProcessed(order);
            }
            case REJECTED -> {
                order.record(
                        OrderStep.STOCK_REJECTED, stock.occurredAt(), "not enough stock of " + stock.missingProducts());
                order.record(OrderStep.REFUND_REQUESTED, Instant.now(), "payment " + stock.paymentId());
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
        order.record(OrderStep.REFUNDED, refund.occurredAt(), "refund " + refund.refundId());
        order.cancel(CancellationReason.OUT_OF_STOCK, Instant.now());
        events.orderProcessed(order);
    }

    /**
     * Shows in the order's history that a message of its chain ({@code type}) failed every
     * delivery and waits in a dead-letter queue. A notice for an unknown order changes nothing.
     */
    public void deadLettered(UUID orderId, String type, String messageId) {
        Order order = EntityLookup.found(em.find(Order.class, orderId)).orElse(null);
        if (order == null) {
            LOG.warning(() -> "Dead-lettered " + type + " message " + messageId + " names no known order " + orderId);
            return;
        }
        order.record(
                OrderStep.MESSAGE_DEAD_LETTERED,
                Instant.now(),
                type + " message " + messageId + " failed every delivery; it waits in a dead-letter queue");
    }

    private Order existing(dev.courier.contract.events.ChainEvent event) {
        Order order = EntityLookup.found(em.find(Order.class, event.orderId())).orElse(null);
        if (order == null) {
            throw new IllegalStateException("no order " + event.orderId() + " for event " + event.eventId());
        }
        return order;
    }
}
