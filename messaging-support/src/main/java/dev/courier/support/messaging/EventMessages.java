package dev.courier.support.messaging;

import dev.courier.contract.events.ChainEvent;
import dev.courier.contract.events.EventJson;
import dev.courier.contract.events.EventType;
import dev.courier.contract.events.UndecodableEvent;
import jakarta.jms.DeliveryMode;
import jakarta.jms.Destination;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSException;
import jakarta.jms.JMSRuntimeException;
import jakarta.jms.Message;
import jakarta.jms.TextMessage;

/**
 * How an event travels as a JMS message: a text message with the event as JSON, and the
 * properties {@code type}, {@code version}, {@code eventId}, {@code orderId} and
 * {@code correlationId}, so that operators and selectors can tell messages apart unread, and the
 * sender's trace context ({@code traceparent}, see {@link MessageTracing}).
 */
public final class EventMessages {

    public static final String TYPE = "type";
    public static final String VERSION = "version";
    public static final String EVENT_ID = "eventId";
    public static final String ORDER_ID = "orderId";
    public static final String CORRELATION_ID = "correlationId";

    private EventMessages() {}

    /**
     * Sends {@code event} as a persistent JSON text message with the container's JMS context:
     * inside a JTA transaction the send commits or rolls back with the database work (XA), so an
     * event is sent exactly when the change it announces is made.
     */
    public static <T extends ChainEvent> void send(
            JMSContext context, Destination destination, EventType<T> type, T event) {
        TextMessage message = context.createTextMessage(EventJson.encode(event));
        try {
            message.setStringProperty(TYPE, type.name());
            message.setIntProperty(VERSION, type.version());
            message.setStringProperty(EVENT_ID, event.eventId().toString());
            message.setStringProperty(ORDER_ID, event.orderId().toString());
            message.setStringProperty(CORRELATION_ID, event.correlationId().toString());
            MessageTracing.inject(message);
        } catch (JMSException e) {
            throw new JMSRuntimeException("cannot set the properties of " + type.name(), null, e);
        }
        context.createProducer().setDeliveryMode(DeliveryMode.PERSISTENT).send(destination, message);
    }

    /** The event a message carries, if it is the {@code expected} one; else {@link UndecodableEvent}. */
    public static <T extends ChainEvent> T decode(Message message, EventType<T> expected) {
        try {
            if (!(message instanceof TextMessage text)) {
                throw new UndecodableEvent(
                        "not a text message: " + message.getClass().getSimpleName());
            }
            if (!message.propertyExists(TYPE) || !message.propertyExists(VERSION)) {
                throw new UndecodableEvent("no type or version property");
            }
            return EventJson.decode(
                    expected, message.getStringProperty(TYPE), message.getIntProperty(VERSION), text.getText());
        } catch (JMSException | NumberFormatException e) {
            throw new UndecodableEvent("unreadable message", e);
        }
    }

    /** The order a message belongs to, from its properties, or null when it cannot be told. */
    public static String orderIdOf(Message message) {
        try {
            return message.getStringProperty(ORDER_ID);
        } catch (JMSException | RuntimeException e) {
            return null;
        }
    }
}
