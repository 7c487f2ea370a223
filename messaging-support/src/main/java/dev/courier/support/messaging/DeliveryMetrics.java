package dev.courier.support.messaging;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.TimeUnit;

/**
 * The meters of the chain's deliveries, per queue, on the server's metrics endpoint:
 * {@code courier.messages.redelivered} counts deliveries of a message after an earlier one was
 * rolled back; {@code courier.messages.handled} times each delivery in its listener, by outcome
 * ({@code done}, {@code rolled_back}). Meters are registered through the registry's own methods
 * ({@code counter}, {@code timer}), not Micrometer's builders: WildFly 39 keeps meters built with a
 * builder away from the endpoint (WFLY-21339, fixed in WildFly 40). Each meter is looked up once.
 */
@ApplicationScoped
public class DeliveryMetrics {

    @Inject
    MeterRegistry meters;

    private final ConcurrentMap<String, Counter> redelivered = new ConcurrentHashMap<>();
    private final ConcurrentMap<List<String>, Timer> handled = new ConcurrentHashMap<>();

    void redelivered(String queue) {
        redelivered
                .computeIfAbsent(queue, name -> meters.counter("courier.messages.redelivered", "queue", name))
                .increment();
    }

    void handled(String queue, String outcome, long nanos) {
        handled.computeIfAbsent(
                        List.of(queue, outcome),
                        key -> meters.timer("courier.messages.handled", "queue", queue, "outcome", outcome))
                .record(nanos, TimeUnit.NANOSECONDS);
    }
}
