package dev.courier.order.orders.control;

import dev.courier.support.problem.ProblemException;
import java.math.BigDecimal;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.faulttolerance.ExecutionContext;
import org.eclipse.microprofile.faulttolerance.FallbackHandler;
import org.eclipse.microprofile.faulttolerance.exceptions.BulkheadException;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;

/**
 * What a placement gets when its prices cannot be looked up: 503 with Retry-After, nothing
 * placed. The failure that made it so is logged; while the breaker is open or the bulkhead full,
 * once every 5 s.
 */
public class CatalogDown implements FallbackHandler<Map<UUID, BigDecimal>> {

    /** Seconds a client should wait before placing the order again. */
    static final String RETRY_AFTER_SECONDS = "5";

    private static final Logger LOG = Logger.getLogger(CatalogDown.class.getName());

    /** When a refusal because of the open breaker, or of the full bulkhead, was last logged (nanoTime): every 5 s, not per request. */
    private static final AtomicLong OPEN_LOGGED = new AtomicLong(System.nanoTime() - TimeUnit.MINUTES.toNanos(1));

    private static final AtomicLong FULL_LOGGED = new AtomicLong(System.nanoTime() - TimeUnit.MINUTES.toNanos(1));

    @Override
    public Map<UUID, BigDecimal> handle(ExecutionContext context) {
        Throwable failure = context.getFailure();
        if (failure instanceof CircuitBreakerOpenException) {
            logEveryFiveSeconds(
                    OPEN_LOGGED,
                    "Catalog breaker open (the catalog failed or was too slow): placements refused with 503");
        } else if (failure instanceof BulkheadException) {
            logEveryFiveSeconds(
                    FULL_LOGGED,
                    "Too many placements waiting on the catalog: placements beyond the bulkhead refused with 503");
        } else {
            LOG.log(Level.WARNING, "Catalog look-up failed, placement refused with 503: {0}", String.valueOf(failure));
        }
        throw new ProblemException(
                503,
                "Catalog unavailable",
                "Prices cannot be looked up right now, so the order was not placed. Try again shortly.",
                Map.of("Retry-After", RETRY_AFTER_SECONDS));
    }

    private static void logEveryFiveSeconds(AtomicLong lastLogged, String message) {
        if (due(lastLogged, System.nanoTime())) {
            LOG.warning(message);
        }
    }

    /**
     * Whether a message last logged at {@code lastLogged} (nanoTime) is due again at {@code now}:
     * more than 5 s later. The caller that gets true has claimed the slot; concurrent callers get false.
     */
    static boolean due(AtomicLong lastLogged, long now) {
        long last = lastLogged.get();
        return now - last > TimeUnit.SECONDS.toNanos(5) && lastLogged.compareAndSet(last, now);
    }
}
