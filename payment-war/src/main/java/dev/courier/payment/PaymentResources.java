package dev.courier.payment;

/**
 * The names under which the payment service finds its server resources: resource references,
 * bound to the server's JNDI names by {@code WEB-INF/jboss-web.xml} on WildFly, and the JNDI names
 * its message listeners consume from.
 */
public final class PaymentResources {

    /** The payment database (the persistence unit uses the same reference). */
    public static final String DATABASE = "jdbc/payment";

    /** Placed orders, consumed to charge them. */
    public static final String ORDER_CREATED_QUEUE_JNDI = "java:/jms/queue/order.created";

    /** Refund requests, consumed to give a charge back. */
    public static final String REFUND_REQUESTED_QUEUE_JNDI = "java:/jms/queue/refund.requested";

    /** Expired orders, consumed to give their charge back and take no other charge for them. */
    public static final String ORDER_EXPIRED_QUEUE_JNDI = "java:/jms/queue/order.expired.payment";

    /** Where charges and declines are announced. */
    public static final String PAYMENT_PROCESSED_QUEUE = "jms/PaymentProcessed";

    /** Where refunds are announced. */
    public static final String PAYMENT_REFUNDED_QUEUE = "jms/PaymentRefunded";

    /** Where closing an expired order is announced. */
    public static final String PAYMENT_RELEASED_QUEUE = "jms/PaymentReleased";

    private PaymentResources() {}
}
