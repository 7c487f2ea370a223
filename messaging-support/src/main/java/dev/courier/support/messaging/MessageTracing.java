package dev.courier.support.messaging;

import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.propagation.TextMapGetter;
import io.opentelemetry.context.propagation.TextMapPropagator;
import io.opentelemetry.context.propagation.TextMapSetter;
import jakarta.jms.JMSException;
import jakarta.jms.JMSRuntimeException;
import jakarta.jms.Message;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The W3C trace context of the order chain in JMS message properties ({@code traceparent},
 * {@code tracestate}): HTTP carries it in headers with the platform's own instrumentation, a message
 * carries it here, so that an order's placement and every step of its chain are one trace. Written
 * by {@link EventMessages#send} from the sender's current span; read by {@link ChainEventListener},
 * which continues it in a span of its own.
 */
public final class MessageTracing {

    private static final TextMapPropagator W3C = W3CTraceContextPropagator.getInstance();

    private static final TextMapSetter<Message> PROPERTIES = (message, key, value) -> {
        try {
            message.setStringProperty(key, value);
        } catch (JMSException e) {
            throw new JMSRuntimeException("cannot set the trace property " + key, null, e);
        }
    };

    private static final TextMapGetter<Message> READ_PROPERTIES = new TextMapGetter<>() {
        @Override
        public Iterable<String> keys(Message message) {
            try {
                List<String> names = new ArrayList<>();
                for (Object name : Collections.list(message.getPropertyNames())) {
                    names.add(name.toString());
                }
                return names;
            } catch (JMSException e) {
                return List.of();
            }
        }

        @Override
        public String get(Message message, String key) {
            try {
                return message == null ? null : message.getStringProperty(key);
            } catch (JMSException | RuntimeException e) {
                return null; // not a string, or unreadable: no context from it
            }
        }
    };

    private MessageTracing() {}

    /** Writes the current trace context (if there is one) into {@code message}'s properties. */
    static void inject(Message message) {
        W3C.inject(Context.current(), message, PROPERTIES);
    }

    /** The trace context {@code message} carries, as the parent of its processing; the root context if none. */
    static Context extract(Message message) {
        return W3C.extract(Context.root(), message, READ_PROPERTIES);
    }
}
