package dev.courier.testing;

import jakarta.jms.Destination;
import jakarta.jms.JMSConsumer;
import jakarta.jms.JMSContext;
import jakarta.jms.Message;
import jakarta.jms.Queue;
import java.time.Duration;
import java.util.UUID;

/**
 * Looks at the chain's destinations from a test running in the container, one order at a time
 * (every message carries an {@code orderId} property), waiting on the broker, never sleeping.
 * {@link Deployments#inContainer} puts it into the test archive.
 */
public final class QueueProbe {

    /** How long a test waits for a message of the chain. */
    public static final Duration WAIT = TestServer.scaled(Duration.ofSeconds(20));

    private QueueProbe() {}

    private static String about(UUID orderId) {
        return "orderId = '" + orderId + "'";
    }

    /** The next message about {@code orderId}, waiting at most {@link #WAIT}; fails the test when none comes. */
    public static Message next(JMSContext jms, Destination destination, UUID orderId) {
        try (JMSConsumer consumer = jms.createConsumer(destination, about(orderId))) {
            Message message = consumer.receive(WAIT.toMillis());
            if (message == null) {
                throw new AssertionError(
                        "no message about order " + orderId + " on " + destination + " within " + WAIT);
            }
            return message;
        }
    }

    /** Whether a message about {@code orderId} is waiting right now (it is consumed if so). */
    public static boolean anyNow(JMSContext jms, Destination destination, UUID orderId) {
        try (JMSConsumer consumer = jms.createConsumer(destination, about(orderId))) {
            return consumer.receiveNoWait() != null;
        }
    }

    /** Whether no message about {@code orderId} is left in {@code queue} (consumed or never there). */
    public static boolean drained(JMSContext jms, Queue queue, UUID orderId) {
        try {
            return !jms.createBrowser(queue, about(orderId)).getEnumeration().hasMoreElements();
        } catch (jakarta.jms.JMSException e) {
            throw new IllegalStateException(e);
        }
    }
}
