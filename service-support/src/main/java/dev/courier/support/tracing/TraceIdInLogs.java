package dev.courier.support.tracing;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import jakarta.annotation.Priority;
import jakarta.ws.rs.ConstrainedTo;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.RuntimeType;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.ext.Provider;
import org.slf4j.MDC;

/**
 * Puts the trace id of the request being served into the logging context ({@code traceId}), so
 * that every log line the request writes names its trace (the server's log pattern prints it), and
 * {@code grep <traceId> server.log} finds an order's path through every service. Runs after the
 * platform's own filter has made the request's span current; the message listeners do the same
 * for each chain step.
 */
@Provider
@ConstrainedTo(RuntimeType.SERVER)
@Priority(Priorities.USER + 1000)
public class TraceIdInLogs implements ContainerRequestFilter, ContainerResponseFilter {

    /** The logging context key; the server's log pattern prints {@code %X{traceId}}. */
    public static final String KEY = "traceId";

    @Override
    public void filter(ContainerRequestContext request) {
        SpanContext span = Span.current().getSpanContext();
        if (span.isValid()) {
            MDC.put(KEY, span.getTraceId());
        }
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        MDC.remove(KEY); // the worker thread serves other requests next
    }
}
