package dev.courier.support.messaging;

import jakarta.ejb.MessageDrivenContext;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The one failure policy of every message listener: roll the transaction back, so that nothing
 * of the attempt stays (no data change, no message sent) and the broker redelivers the message
 * after the queue's delay, and finally moves it to the queue's dead-letter queue. Never swallowed.
 */
public final class FailedDelivery {

    private static final Logger LOG = Logger.getLogger(FailedDelivery.class.getName());

    private FailedDelivery() {}

    public static void rollBack(MessageDrivenContext context, Message message, RuntimeException failure) {
        context.setRollbackOnly();
        LOG.log(
                Level.WARNING,
                failure,
                () -> "Delivery " + deliveryCount(message) + " of message " + id(message) + " (order "
                        + EventMessages.orderIdOf(message) + ") failed, rolled back for redelivery: " + failure);
    }

    private static String deliveryCount(Message message) {
        try {
            return String.valueOf(message.getIntProperty("JMSXDeliveryCount"));
        } catch (JMSException | RuntimeException e) {
            return "?";
        }
    }

    private static String id(Message message) {
        try {
            return message.getJMSMessageID();
        } catch (JMSException e) {
            return "?";
        }
    }
}
