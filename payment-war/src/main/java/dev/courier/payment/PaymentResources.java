package dev.courier.payment;

/**
 * The names under which the payment service finds its server resources. They are resource
 * references: {@code WEB-INF/jboss-web.xml} binds them to the server's JNDI names on WildFly.
 */
public final class PaymentResources {

    /** The payment database (the persistence unit uses the same reference). */
    public static final String DATABASE = "jdbc/payment";

    /** The queue the payment service consumes: placed orders. */
    public static final String ORDER_CREATED_QUEUE = "jms/OrderCreated";

    /** The platform's default JMS connection factory (XA, pooled). */
    public static final String CONNECTION_FACTORY = "java:comp/DefaultJMSConnectionFactory";

    private PaymentResources() {
    }
}
