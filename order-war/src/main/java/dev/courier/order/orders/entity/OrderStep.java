package dev.courier.order.orders.entity;

/** A step in the history of an order. */
public enum OrderStep {
    /** the order was accepted and priced */
    CREATED
}
