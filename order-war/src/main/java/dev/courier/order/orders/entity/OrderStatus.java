package dev.courier.order.orders.entity;

/**
 * Where an order stands. PENDING until the event chain gives it a terminal state; an order not
 * terminal by its deadline is CANCELLING while each step undoes its part, then CANCELLED, or
 * NEEDS_ATTENTION when undoing failed (an operator's fix and replay still ends it CANCELLED).
 */
public enum OrderStatus {
    PENDING,
    PROCESSED,
    CANCELLED,
    /** the deadline passed: the steps are undoing what they did for the order */
    CANCELLING,
    /** undoing a step failed every delivery (it waits in a dead-letter queue), or took too long */
    NEEDS_ATTENTION;

    /** The values as a regular expression, for validating query parameters. */
    public static final String PATTERN = "PENDING|PROCESSED|CANCELLED|CANCELLING|NEEDS_ATTENTION";
}
