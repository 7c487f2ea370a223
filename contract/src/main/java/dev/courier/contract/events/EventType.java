package dev.courier.contract.events;

/**
 * The name and version under which an event travels (the message properties {@code type} and
 * {@code version}), and the record it decodes to.
 */
public record EventType<T extends ChainEvent>(String name, int version, Class<T> record) {

    public static final EventType<OrderCreated> ORDER_CREATED =
            new EventType<>(OrderCreated.TYPE, OrderCreated.VERSION, OrderCreated.class);
    public static final EventType<PaymentProcessed> PAYMENT_PROCESSED =
            new EventType<>(PaymentProcessed.TYPE, PaymentProcessed.VERSION, PaymentProcessed.class);
    public static final EventType<InventoryUpdated> INVENTORY_UPDATED =
            new EventType<>(InventoryUpdated.TYPE, InventoryUpdated.VERSION, InventoryUpdated.class);
    public static final EventType<RefundRequested> REFUND_REQUESTED =
            new EventType<>(RefundRequested.TYPE, RefundRequested.VERSION, RefundRequested.class);
    public static final EventType<PaymentRefunded> PAYMENT_REFUNDED =
            new EventType<>(PaymentRefunded.TYPE, PaymentRefunded.VERSION, PaymentRefunded.class);
    public static final EventType<OrderProcessed> ORDER_PROCESSED =
            new EventType<>(OrderProcessed.TYPE, OrderProcessed.VERSION, OrderProcessed.class);
    public static final EventType<OrderExpired> ORDER_EXPIRED =
            new EventType<>(OrderExpired.TYPE, OrderExpired.VERSION, OrderExpired.class);
    public static final EventType<PaymentReleased> PAYMENT_RELEASED =
            new EventType<>(PaymentReleased.TYPE, PaymentReleased.VERSION, PaymentReleased.class);
    public static final EventType<StockReleased> STOCK_RELEASED =
            new EventType<>(StockReleased.TYPE, StockReleased.VERSION, StockReleased.class);
}
