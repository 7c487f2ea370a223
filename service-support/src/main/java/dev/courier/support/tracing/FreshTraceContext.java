package dev.courier.support.tracing;

import io.opentelemetry.context.Context;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.MDC;

/**
 * Every HTTP request starts on a thread with no trace context. Measured on WildFly 39: a JAX-RS
 * resource that answers asynchronously (the gateway's routes return a {@code CompletionStage})
 * leaves its server span current on the worker thread, because the platform's filter closes the
 * span's scope on the thread that completes the response. The next request served by that thread
 * then found a server span current, the platform made no span of its own (a server span inside a
 * server span is suppressed), and its log lines and messages named the old request's trace. Attaching
 * the empty context first (and leaving it attached: it is "nothing") makes each request's trace its own;
 * the trace id that {@link TraceIdInLogs} put in the logging context goes too (its response filter,
 * which removes it, ran on the other thread).
 */
public class FreshTraceContext extends HttpFilter {

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        MDC.remove(TraceIdInLogs.KEY); // likewise the trace id an asynchronous answer left in the logging context
        if (Context.current() != Context.root()) {
            @SuppressWarnings({"resource", "unused"}) // not closed on purpose: closing would restore the stale context
            var empty = Context.root().makeCurrent();
        }
        chain.doFilter(request, response);
    }
}
