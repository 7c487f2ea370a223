package dev.courier.order;

/**
 * The names under which the order service finds its server resources: resource references,
 * bound to the server's JNDI names by {@code WEB-INF/jboss-web.xml} on WildFly, and the JNDI names
 * its message listeners consume from.
 */
public final class OrderResources {

    /** The order database (the persistence unit uses the same reference). */
    public static final String DATABASE = "jdbc/order";

    /** The queue the order service consumes: stock outcomes. */
    public static final String INVENTORY_UPDATED_QUEUE_JNDI = "java:/jms/queue/inventory.updated";

    /** Refunds done, consumed to cancel the order. */
    public static final String PAYMENT_REFUNDED_QUEUE_JNDI = "java:/jms/queue/payment.refunded";

    /** The payment service's closing of expired orders, consumed to cancel them. */
    public static final String PAYMENT_RELEASED_QUEUE_JNDI = "java:/jms/queue/payment.released";

    /** The inventory's closing of expired orders, consumed to cancel them. */
    public static final String STOCK_RELEASED_QUEUE_JNDI = "java:/jms/queue/stock.released";

    /** Copies of dead-lettered messages of the chain, consumed to show failures in order histories. */
    public static final String DEAD_LETTER_NOTICES_QUEUE_JNDI = "java:/jms/queue/dead-letter.notices";

    /** Where placed orders are announced. */
    public static final String ORDER_CREATED_QUEUE = "jms/OrderCreated";

    /** Where compensation asks for refunds. */
    public static final String REFUND_REQUESTED_QUEUE = "jms/RefundRequested";

    /** Where the payment service is told that an order expired. */
    public static final String ORDER_EXPIRED_PAYMENT_QUEUE = "jms/OrderExpiredPayment";

    /** Where the inventory is told that an order expired. */
    public static final String ORDER_EXPIRED_INVENTORY_QUEUE = "jms/OrderExpiredInventory";

    /** Where final states are announced, for any subscriber. */
    public static final String ORDER_PROCESSED_TOPIC = "jms/OrderProcessed";

    private OrderResources() {}
}
