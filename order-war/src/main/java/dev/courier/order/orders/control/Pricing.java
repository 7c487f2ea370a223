package dev.courier.order.orders.control;

import java.math.BigDecimal;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.ProcessingException;

import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Fallback;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * Prices order lines from the inventory catalog, the one source of prices. Guarded: a slow or
 * failing catalog is retried briefly, then the breaker opens and orders are refused at once with
 * 503 until it recovers. Every value is tunable in MicroProfile Config.
 */
@ApplicationScoped
public class Pricing {

    @Inject
    @RestClient
    InventoryCatalog catalog;

    /** The catalog price of each of {@code productIds} that exists; unknown ids are absent. */
    @Timeout(value = 2500, unit = ChronoUnit.MILLIS)
    @Retry(maxRetries = 2, delay = 100, jitter = 50,
            retryOn = {ProcessingException.class, CatalogUnavailable.class, TimeoutException.class})
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 5000, successThreshold = 2,
            failOn = {ProcessingException.class, CatalogUnavailable.class, TimeoutException.class})
    @Fallback(value = CatalogDown.class,
            applyOn = {ProcessingException.class, CatalogUnavailable.class, TimeoutException.class,
                    CircuitBreakerOpenException.class},
            skipOn = CatalogRejected.class)
    public Map<UUID, BigDecimal> unitPrices(Set<UUID> productIds) {
        return catalog.products(List.copyOf(productIds), productIds.size()).items().stream()
                .collect(Collectors.toMap(InventoryCatalog.Product::id, InventoryCatalog.Product::price));
    }
}
