package dev.courier.order.orders.control;

import dev.courier.contract.events.EventType;
import dev.courier.contract.events.InventoryUpdated;
import dev.courier.contract.events.OrderCreated;
import dev.courier.contract.events.OrderExpired;
import dev.courier.contract.events.OrderLine;
import dev.courier.contract.events.OrderProcessed;
import dev.courier.contract.events.RefundRequested;
import dev.courier.order.OrderResources;
import dev.courier.order.orders.entity.Order;
import dev.courier.support.messaging.EventMessages;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.jms.JMSContext;
import jakarta.jms.Queue;
import jakarta.jms.Topic;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** {@link OrderEvents} as JMS messages, sent in the caller's transaction. */
@ApplicationScoped
public class JmsOrderEvents implements OrderEvents {

    @Inject
    JMSContext context;

    @Resource(name = OrderResources.ORDER_CREATED_QUEUE)
    Queue orderCreated;

    @Resource(name = OrderResources.REFUND_REQUESTED_QUEUE)
    Queue refundRequested;

    @Resource(name = OrderResources.ORDER_EXPIRED_PAYMENT_QUEUE)
    Queue orderExpiredPayment;

    @Resource(name = OrderResources.ORDER_EXPIRED_INVENTORY_QUEUE)
    Queue orderExpiredInventory;

    @Resource(name = OrderResources.ORDER_PROCESSED_TOPIC)
    Topic orderProcessed;

    @Override
    public void orderCreated(Order order) {
        EventMessages.send(
                context,
                orderCreated,
                EventType.ORDER_CREATED,
                new OrderCreated(
                        UUID.randomUUID(),
                        order.id(),
                        order.correlationId(),
                        order.createdAt(),
                        order.userId(),
                        order.total(),
                        lines(order)));
    }

    @Override
    public void orderExpired(Order order) {
        OrderExpired expired = new OrderExpired(
                UUID.randomUUID(),
                order.id(),
                order.correlationId(),
                Instant.now(),
                order.userId(),
                order.deadline(),
                lines(order));
        // one event, one id, to both: each service applies it once in its own inbox
        EventMessages.send(context, orderExpiredPayment, EventType.ORDER_EXPIRED, expired);
        EventMessages.send(context, orderExpiredInventory, EventType.ORDER_EXPIRED, expired);
    }

    private static List<OrderLine> lines(Order order) {
        return order.lines().stream()
                .map(line -> new OrderLine(line.productId(), line.quantity()))
                .toList();
    }

    @Override
    public void refundRequested(Order order, InventoryUpdated stock) {
        EventMessages.send(
                context,
                refundRequested,
                EventType.REFUND_REQUESTED,
                new RefundRequested(
                        UUID.randomUUID(),
                        order.id(),
                        order.correlationId(),
                        Instant.now(),
                        order.userId(),
                        stock.paymentId(),
                        stock.amount(),
                        stock.outcome().name()));
    }

    @Override
    public void orderProcessed(Order order) {
        EventMessages.send(
                context,
                orderProcessed,
                EventType.ORDER_PROCESSED,
                new OrderProcessed(
                        UUID.randomUUID(),
                        order.id(),
                        order.correlationId(),
                        Instant.now(),
                        order.userId(),
                        order.status().name(),
                        order.cancellationReason() == null
                                ? null
                                : order.cancellationReason().name(),
                        order.total()));
    }
}
