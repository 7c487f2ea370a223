package dev.courier.order;

/**
 * The names under which the order service finds its server resources. They are resource
 * references: {@code WEB-INF/jboss-web.xml} binds them to the server's JNDI names on WildFly.
 */
public final class OrderResources {

    /** The order database (the persistence unit uses the same reference). */
    public static final String DATABASE = "jdbc/order";

    /** The queue the order service consumes: stock outcomes. */
    public static final String INVENTORY_UPDATED_QUEUE = "jms/InventoryUpdated";

    /** The platform's default JMS connection factory (XA, pooled). */
    public static final String CONNECTION_FACTORY = "java:comp/DefaultJMSConnectionFactory";

    private OrderResources() {
    }
}
