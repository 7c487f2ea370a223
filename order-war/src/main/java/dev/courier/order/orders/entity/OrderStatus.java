package dev.courier.order.orders.entity;

/** Where an order stands. PENDING until the event chain gives it a terminal state. */
public enum OrderStatus {
    PENDING,
    PROCESSED,
    CANCELLED;

    /** The values as a regular expression, for validating query parameters. */
    public static final String PATTERN = "PENDING|PROCESSED|CANCELLED";
}
