package dev.courier.gateway.downstream.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Response;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Function;
import org.eclipse.microprofile.faulttolerance.Asynchronous;
import org.eclipse.microprofile.faulttolerance.Bulkhead;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * The guarded calls to the order service. Reads share one breaker, bulkhead and timeout
 * (whichever of {@link OrderApi}'s reads they make: an order, a page of orders, a user) and retry with jitter on failures worth it; placing an
 * order is never retried. Every value is tunable in MicroProfile Config
 * ({@code dev.courier.gateway.downstream.control.OrderServiceCalls/read/Timeout/value}, ...).
 */
@ApplicationScoped
@TraceContextCarried
public class OrderServiceCalls {

    /** How long placing an order may take (a write waits longer than a read): as the placement client's read timeout. */
    static final long PLACE_TIMEOUT_MS = 5000;

    @Inject
    @RestClient
    OrderApi api;

    @Inject
    @RestClient
    OrderPlacementApi placements;

    @Asynchronous
    @Timeout(value = 1000, unit = ChronoUnit.MILLIS)
    @Retry(
            maxRetries = 1,
            delay = 50,
            jitter = 50,
            retryOn = {ProcessingException.class, DownstreamUnavailable.class},
            abortOn = {DownstreamRejected.class, TimeoutException.class})
    @CircuitBreaker(
            requestVolumeThreshold = 4,
            failureRatio = 0.5,
            delay = 5000,
            successThreshold = 2,
            failOn = {ProcessingException.class, DownstreamUnavailable.class, TimeoutException.class},
            skipOn = DownstreamRejected.class)
    @Bulkhead(value = 16, waitingTaskQueue = 32)
    public CompletionStage<JsonObject> read(Function<OrderApi, JsonObject> call) {
        return CompletableFuture.completedFuture(call.apply(api));
    }

    @Asynchronous
    @Timeout(value = PLACE_TIMEOUT_MS, unit = ChronoUnit.MILLIS)
    @CircuitBreaker(
            requestVolumeThreshold = 4,
            failureRatio = 0.5,
            delay = 5000,
            successThreshold = 2,
            failOn = {ProcessingException.class, DownstreamUnavailable.class, TimeoutException.class},
            skipOn = DownstreamRejected.class)
    @Bulkhead(value = 16, waitingTaskQueue = 32)
    public CompletionStage<Response> place(JsonObject order, String idempotencyKey) {
        Response response = placements.place(order, idempotencyKey);
        response.bufferEntity();
        return CompletableFuture.completedFuture(response);
    }
}
