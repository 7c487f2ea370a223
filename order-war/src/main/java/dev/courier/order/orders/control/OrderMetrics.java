package dev.courier.order.orders.control;

import dev.courier.order.orders.entity.CancellationReason;
import dev.courier.order.orders.entity.Order;
import dev.courier.order.orders.entity.OrderStatus;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What operators count of orders, on the server's metrics endpoint (Micrometer; the names and
 * their meaning are in docs/operations.md). A change is counted when the transaction that made it
 * commits: a step rolled back and delivered again counts once, a placement that failed not at all.
 *
 * <p>Meters are registered through the registry's own methods ({@code counter}, {@code timer},
 * {@code gauge}), not Micrometer's builders: WildFly 39 keeps meters built with a builder away
 * from the endpoint (WFLY-21339, fixed in WildFly 40), and with them a timer's histogram. So the
 * time to settle is a timer (count, sum, max) and, for its distribution, a counter per bucket with
 * Prometheus' {@code le} label, which {@code histogram_quantile} reads as it reads a histogram.
 */
@ApplicationScoped
public class OrderMetrics {

    /** The buckets of the time to settle, in seconds: the chain's fractions of a second up to the deadline's minutes. */
    static final double[] SETTLE_BUCKETS = {0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 300, 900, 1800};

    private static final String NEEDING_ATTENTION = "courier.orders.needing.attention";

    /** An order's new status, as committed. */
    record Moved(OrderStatus status, CancellationReason reason, Instant placedAt) {}

    @Inject
    MeterRegistry meters;

    @Inject
    Event<Moved> moves;

    private final AtomicLong needingAttention = new AtomicLong();
    private final ConcurrentMap<List<String>, Counter> counters = new ConcurrentHashMap<>();
    private final ConcurrentMap<String, Timer> timesToSettle = new ConcurrentHashMap<>();

    @PostConstruct
    void register() {
        meters.gauge(NEEDING_ATTENTION, Tags.empty(), needingAttention, AtomicLong::get);
    }

    /**
     * Takes the gauge away with the deployment: WildFly 39 keeps a deployment's meters after it is
     * undeployed, and a redeployed order service would find the gauge still reading this instance.
     */
    @PreDestroy
    void unregister() {
        Gauge gauge = meters.find(NEEDING_ATTENTION).gauge();
        if (gauge != null) {
            meters.remove(gauge);
        }
    }

    /** Counts {@code order}'s present status once the current transaction commits. */
    public void count(Order order) {
        moves.fire(new Moved(order.status(), order.cancellationReason(), order.createdAt()));
    }

    /** The number of orders in NEEDS_ATTENTION, as a query found it just now. */
    public void needingAttention(long orders) {
        needingAttention.set(orders);
    }

    void committed(@Observes(during = TransactionPhase.AFTER_SUCCESS) Moved moved) {
        switch (moved.status()) {
            case PENDING -> counter("courier.orders.placed").increment();
            case CANCELLING -> counter("courier.orders.expired").increment();
            case NEEDS_ATTENTION -> counter("courier.orders.attention.needed").increment();
            case PROCESSED, CANCELLED -> {
                String status = moved.status().name();
                String reason = moved.reason() == null ? "none" : moved.reason().name();
                counter("courier.orders.settled", "status", status, "reason", reason)
                        .increment();
                Duration took = Duration.between(moved.placedAt(), Instant.now());
                timesToSettle
                        .computeIfAbsent(status, key -> meters.timer("courier.orders.time.to.settle", "status", key))
                        .record(took);
                double seconds = took.toNanos() / 1e9;
                for (double bound : SETTLE_BUCKETS) { // every bucket shows, an empty one as 0
                    Counter bucket =
                            counter("courier.orders.settled.within", "status", status, "le", String.valueOf(bound));
                    if (seconds <= bound) {
                        bucket.increment();
                    }
                }
                counter("courier.orders.settled.within", "status", status, "le", "+Inf")
                        .increment();
            }
        }
    }

    /** The counter {@code name} with {@code tags} (key, value, ...), looked up once. */
    private Counter counter(String name, String... tags) {
        List<String> key = new ArrayList<>(List.of(tags));
        key.add(0, name);
        return counters.computeIfAbsent(key, k -> meters.counter(name, tags));
    }
}
