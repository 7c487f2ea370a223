package dev.courier.gateway.downstream.control;

import dev.courier.support.problem.Problem;
import dev.courier.support.problem.Problems;
import dev.courier.support.problem.UnexpectedFailureMapper;
import jakarta.json.JsonObject;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Response;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.faulttolerance.exceptions.BulkheadException;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;

/** What a failed downstream call means to the gateway's caller. */
public final class DownstreamFailures {

    private static final Logger LOG = Logger.getLogger(DownstreamFailures.class.getName());

    /** Seconds a caller should wait before trying again while a service is unavailable. */
    public static final String RETRY_AFTER_SECONDS = "5";

    private DownstreamFailures() {}

    /**
     * Whether {@code failure} is a downstream's failure that a partial answer may cover: a timeout,
     * an open circuit, a full bulkhead, a connection failure, or the downstream's own error
     * answer. Anything else is the gateway's own fault and must not be hidden in {@code degraded}.
     */
    public static boolean isDownstreamFailure(Throwable failure) {
        Throwable cause = causeOf(failure);
        return cause instanceof TimeoutException
                || cause instanceof CircuitBreakerOpenException
                || cause instanceof BulkheadException
                || cause instanceof ProcessingException
                || cause instanceof DownstreamRejected
                || cause instanceof DownstreamUnavailable;
    }

    /** A word for why a part of an answer is missing: what {@code degraded} shows. */
    public static String reason(Throwable failure) {
        Throwable cause = causeOf(failure);
        if (cause instanceof TimeoutException) {
            return "timeout";
        }
        if (cause instanceof CircuitBreakerOpenException) {
            return "circuit open";
        }
        if (cause instanceof BulkheadException) {
            return "too busy";
        }
        if (cause instanceof DownstreamRejected rejected) {
            return rejected.status() == 404 ? "not found" : "refused (" + rejected.status() + ")";
        }
        return "error";
    }

    /**
     * The answer to the caller when the one thing asked for could not be fetched from
     * {@code service}: the downstream's own 4xx passed on, else 503 with Retry-After.
     */
    public static Response toResponse(String service, Throwable failure) {
        Throwable cause = causeOf(failure);
        if (!isDownstreamFailure(cause)) {
            // the gateway's own fault: a 500 whose cause is logged, never a 503 that hides it
            return UnexpectedFailureMapper.serverFailure(cause);
        }
        if (cause instanceof DownstreamRejected rejected) {
            JsonObject problem = rejected.problem();
            if (problem != null) {
                return Response.status(rejected.status())
                        .type(Problem.MEDIA_TYPE)
                        .entity(problem)
                        .build();
            }
            return Problems.response(
                    rejected.status(), Problems.title(rejected.status()), "The " + service + " refused the request.");
        }
        String reason = reason(cause);
        if ("error".equals(reason)) {
            LOG.log(Level.WARNING, "Call to the " + service + " failed", cause);
        }
        return Response.fromResponse(Problems.response(
                        503,
                        "Service Unavailable",
                        "The " + service + " cannot answer right now (" + reason + "). Try again shortly."))
                .header("Retry-After", RETRY_AFTER_SECONDS)
                .build();
    }

    /** The failure inside the wrappers of asynchronous calls. */
    static Throwable causeOf(Throwable failure) {
        Throwable cause = failure;
        while (cause instanceof CompletionException || cause instanceof ExecutionException) {
            cause = cause.getCause();
        }
        return cause;
    }
}
