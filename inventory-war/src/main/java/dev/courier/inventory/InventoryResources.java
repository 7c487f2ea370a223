package dev.courier.inventory;

/**
 * The names under which the inventory service finds its server resources: resource references,
 * bound to the server's JNDI names by {@code WEB-INF/jboss-web.xml} on WildFly, and the JNDI names
 * its message listeners consume from.
 */
public final class InventoryResources {

    /** The inventory database (the persistence unit uses the same reference). */
    public static final String DATABASE = "jdbc/inventory";

    /** The queue the inventory service consumes: payment outcomes. */
    public static final String PAYMENT_PROCESSED_QUEUE_JNDI = "java:/jms/queue/payment.processed";

    /** Expired orders, consumed to put back the stock taken for them and take no more. */
    public static final String ORDER_EXPIRED_QUEUE_JNDI = "java:/jms/queue/order.expired.inventory";

    /** Where stock outcomes are announced. */
    public static final String INVENTORY_UPDATED_QUEUE = "jms/InventoryUpdated";

    /** Where closing an expired order is announced. */
    public static final String STOCK_RELEASED_QUEUE = "jms/StockReleased";

    private InventoryResources() {}
}
