package dev.courier.order.orders.control;

import dev.courier.contract.events.InventoryUpdated;
import dev.courier.order.orders.entity.Order;

/** The events the order service announces; business code never touches JMS. */
public interface OrderEvents {

    /** Starts the chain: the order is to be paid. */
    void orderCreated(Order order);

    /** Compensation: the charge reported in {@code stock} is to be given back. */
    void refundRequested(Order order, InventoryUpdated stock);

    /** The order expired: the payment and the inventory are to undo their part and close it. */
    void orderExpired(Order order);

    /** The order reached its final state; for any system that listens. */
    void orderProcessed(Order order);
}
