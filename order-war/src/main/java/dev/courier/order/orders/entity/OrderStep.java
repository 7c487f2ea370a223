package dev.courier.order.orders.entity;

/** A step in the history of an order. */
public enum OrderStep {
    /** the order was accepted and priced */
    CREATED,
    /** the payment service charged the total */
    PAID,
    /** the payment service declined: no account or not enough balance */
    PAYMENT_DECLINED,
    /** the inventory took every line out of stock */
    STOCK_RESERVED,
    /** some line was not in stock: nothing was taken */
    STOCK_REJECTED,
    /** compensation: the charge is to be given back */
    REFUND_REQUESTED,
    /** the charge was given back */
    REFUNDED,
    /** final: the order is complete */
    PROCESSED,
    /** final: the order will not be completed (see the reason) */
    CANCELLED,
    /** a message of this order's chain failed every delivery and waits in a dead-letter queue */
    MESSAGE_DEAD_LETTERED,
    /** the deadline passed before the chain finished: the payment and inventory steps are to undo their part */
    TIMED_OUT,
    /** the payment service gave the charge back, or found none to give back; it charges the order no more */
    PAYMENT_RELEASED,
    /** the inventory put the order's stock back, or had taken none; it takes none for the order any more */
    STOCK_RELEASED,
    /** undoing a step failed: an operator must fix the cause and move its message back */
    NEEDS_ATTENTION,
    /** an event of the chain arrived after the order was settled: it changed nothing */
    LATE_EVENT_IGNORED
}
