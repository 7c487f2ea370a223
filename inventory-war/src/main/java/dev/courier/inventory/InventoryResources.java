package dev.courier.inventory;

/**
 * The names under which the inventory service finds its server resources. They are resource
 * references: {@code WEB-INF/jboss-web.xml} binds them to the server's JNDI names on WildFly.
 */
public final class InventoryResources {

    /** The inventory database (the persistence unit uses the same reference). */
    public static final String DATABASE = "jdbc/inventory";

    /** The queue the inventory service consumes: payment outcomes. */
    public static final String PAYMENT_PROCESSED_QUEUE = "jms/PaymentProcessed";

    /** The platform's default JMS connection factory (XA, pooled). */
    public static final String CONNECTION_FACTORY = "java:comp/DefaultJMSConnectionFactory";

    private InventoryResources() {
    }
}
