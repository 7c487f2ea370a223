package dev.courier.order.orders.entity;

/** Why an order was cancelled. */
public enum CancellationReason {
    /** the payment service declined the charge */
    PAYMENT_DECLINED,
    /** some product was not in stock; the charge was refunded */
    OUT_OF_STOCK,
    /** the chain did not finish by the order's deadline; what was done was undone */
    TIMED_OUT
}
