package dev.courier.support.messaging;

import dev.courier.contract.events.ChainEvent;
import dev.courier.contract.events.EventType;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Scope;
import jakarta.annotation.Resource;
import jakarta.ejb.MessageDrivenContext;
import jakarta.inject.Inject;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import jakarta.jms.Queue;
import org.slf4j.MDC;

/**
 * The body of every message-driven bean of the chain: decode the event its queue carries, hand it
 * to one service call, and on any failure apply {@link FailedDelivery the one failure policy}.
 * A subclass adds only its {@code @MessageDriven} queue, the event type and the call. Each
 * delivery is a span ({@code <queue> process}) that continues the trace the message carries
 * ({@link MessageTracing}), so that the step, its log lines and the events it sends belong to the
 * trace of the order's placement. Each delivery is also timed, and each redelivery counted
 * ({@link DeliveryMetrics}).
 */
public abstract class ChainEventListener<T extends ChainEvent> implements MessageListener {

    @Resource
    MessageDrivenContext context;

    protected abstract EventType<T> type();

    /** Applies the event, in the listener's transaction. */
    protected abstract void apply(T event);

    /** The logging context key of the trace id, as service-support's {@code TraceIdInLogs} for requests. */
    static final String TRACE_ID = "traceId";

    @Inject
    Tracer tracer;

    @Inject
    DeliveryMetrics metrics;

    @Override
    public void onMessage(Message message) {
        String queue = queueOf(message);
        long start = System.nanoTime();
        if (redelivered(message)) {
            metrics.redelivered(queue);
        }
        String outcome = "done";
        Span span = tracer.spanBuilder(queue + " process")
                .setParent(MessageTracing.extract(message))
                .setSpanKind(SpanKind.CONSUMER)
                .setAttribute("messaging.system", "activemq")
                .setAttribute("messaging.operation.type", "process")
                .setAttribute("messaging.destination.name", queue)
                .setAttribute("messaging.message.id", idOf(message))
                .setAttribute("courier.order.id", String.valueOf(EventMessages.orderIdOf(message)))
                .startSpan();
        MDC.put(TRACE_ID, span.getSpanContext().getTraceId());
        try (Scope scope = span.makeCurrent()) {
            apply(EventMessages.decode(message, type()));
        } catch (RuntimeException e) {
            span.recordException(e);
            span.setStatus(StatusCode.ERROR, "rolled back for redelivery");
            outcome = "rolled_back";
            FailedDelivery.rollBack(context, message, e);
        } finally {
            span.end();
            MDC.remove(TRACE_ID);
            metrics.handled(queue, outcome, System.nanoTime() - start);
        }
    }

    private static boolean redelivered(Message message) {
        try {
            return message.getJMSRedelivered();
        } catch (JMSException e) {
            return false;
        }
    }

    private static String queueOf(Message message) {
        try {
            return message.getJMSDestination() instanceof Queue queue ? queue.getQueueName() : "unknown";
        } catch (JMSException e) {
            return "unknown";
        }
    }

    private static String idOf(Message message) {
        try {
            return String.valueOf(message.getJMSMessageID());
        } catch (JMSException e) {
            return "?";
        }
    }
}
