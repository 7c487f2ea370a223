package dev.courier.order.orders.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.ProcessingException;
import java.math.BigDecimal;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.eclipse.microprofile.faulttolerance.Bulkhead;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Fallback;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.faulttolerance.exceptions.BulkheadException;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * Prices order lines from the inventory catalog, the one source of prices. Guarded: a slow or
 * failing catalog is retried briefly, then the breaker opens and orders are refused at once with
 * 503 until it recovers. The bulkhead bounds how many placements wait on the catalog at once: the
 * catalog is served by the same server's HTTP worker threads (128, server-config), and placements
 * that held them all left none to answer the look-ups they waited for, so every one timed out (seen
 * after a restart under load with WildFly's default 32). Placements beyond it are refused at once
 * with 503. Every value is tunable in MicroProfile Config.
 */
@ApplicationScoped
public class Pricing {

    @Inject
    @RestClient
    InventoryCatalog catalog;

    /** The catalog price of each of {@code productIds} that exists; unknown ids are absent. */
    @Bulkhead(32)
    @Timeout(value = 2500, unit = ChronoUnit.MILLIS)
    @Retry(
            maxRetries = 2,
            delay = 100,
            jitter = 50,
            retryOn = {ProcessingException.class, CatalogUnavailable.class, TimeoutException.class})
    @CircuitBreaker(
            requestVolumeThreshold = 10,
            failureRatio = 0.5,
            delay = 5000,
            successThreshold = 2,
            failOn = {ProcessingException.class, CatalogUnavailable.class, TimeoutException.class})
    @Fallback(
            value = CatalogDown.class,
            applyOn = {
                ProcessingException.class,
                CatalogUnavailable.class,
                TimeoutException.class,
                CircuitBreakerOpenException.class,
                BulkheadException.class
            },
            skipOn = CatalogRejected.class)
    public Map<UUID, BigDecimal> unitPrices(Set<UUID> productIds) {
        return catalog.products(List.copyOf(productIds), productIds.size()).items().stream()
                .collect(Collectors.toMap(InventoryCatalog.Product::id, InventoryCatalog.Product::price));
    }
}
