package dev.courier.order.orders.boundary;

import dev.courier.order.OrderResources;
import dev.courier.order.orders.control.OrderOutcomes;
import dev.courier.support.messaging.EventMessages;
import dev.courier.support.messaging.FailedDelivery;
import jakarta.annotation.Resource;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.ejb.MessageDrivenContext;
import jakarta.inject.Inject;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import java.util.UUID;
import java.util.logging.Logger;

/**
 * Shows dead letters in order histories: {@code dead-letter.notices} (a copy of every message that
 * reached a dead-letter queue of the chain) in. A copy whose order cannot be told is only logged:
 * the original stays in its dead-letter queue either way.
 */
@MessageDriven(
        messageListenerInterface = MessageListener.class,
        activationConfig = {
            @ActivationConfigProperty(
                    propertyName = "destinationLookup",
                    propertyValue = OrderResources.DEAD_LETTER_NOTICES_QUEUE_JNDI),
            @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Queue")
        })
public class DeadLetterNoticeListener implements MessageListener {

    private static final Logger LOG = Logger.getLogger(DeadLetterNoticeListener.class.getName());

    @Inject
    OrderOutcomes outcomes;

    @Resource
    MessageDrivenContext context;

    @Override
    public void onMessage(Message message) {
        try {
            UUID orderId = orderOf(message);
            String type = message.getStringProperty(EventMessages.TYPE);
            if (orderId == null) {
                LOG.warning(
                        () -> "A message that names no order was dead-lettered: " + idOf(message) + ", type " + type);
                return;
            }
            outcomes.deadLettered(orderId, type == null ? "untyped" : type, message.getJMSMessageID());
        } catch (JMSException e) {
            FailedDelivery.rollBack(context, message, new IllegalStateException(e));
        } catch (RuntimeException e) {
            FailedDelivery.rollBack(context, message, e);
        }
    }

    private static UUID orderOf(Message message) {
        try {
            String orderId = EventMessages.orderIdOf(message);
            return orderId == null ? null : UUID.fromString(orderId);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String idOf(Message message) {
        try {
            return message.getJMSMessageID();
        } catch (JMSException e) {
            return "?";
        }
    }
}
