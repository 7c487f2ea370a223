package dev.courier.gateway.downstream.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.ProcessingException;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.faulttolerance.Asynchronous;
import org.eclipse.microprofile.faulttolerance.Bulkhead;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * The guarded call to the inventory service: one breaker, bulkhead and timeout for every catalog
 * read, so that one request counts once however many products it asks for. Tunable in
 * MicroProfile Config ({@code dev.courier.gateway.downstream.control.InventoryServiceCalls/products/Timeout/value}, ...).
 */
@ApplicationScoped
@TraceContextCarried
public class InventoryServiceCalls {

    @Inject
    @RestClient
    InventoryApi api;

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
    public CompletionStage<JsonObject> products(List<UUID> ids, Integer page, Integer size) {
        return CompletableFuture.completedFuture(api.products(ids, page, size));
    }
}
