package dev.courier.bench;

import static io.gatling.javaapi.core.CoreDsl.constantConcurrentUsers;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.PopulationBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;

/**
 * Gateway aggregation against its limit, at several concurrency levels (closed model, each level
 * for {@code bench.phase-seconds}): {@code GET /api/orders/{id}/details} (order + user + all
 * products, each order with three product lines), and the single downstream call it is made of,
 * {@code GET /order/api/orders/{id}}, in the same run. Request names carry the phase, so the report
 * reads each level's count and percentiles from Gatling's statistics.
 */
public class GatewaySimulation extends Simulation {

    static final int[] LEVELS = {1, 4, 16, 32};
    static final Duration PHASE = Duration.ofSeconds(Long.getLong("bench.phase-seconds", 20));
    static final Duration WARM_UP = Duration.ofSeconds(Long.getLong("bench.warm-up-seconds", 20));

    private final List<String> orders = new ArrayList<>();
    private final Timings timings = new Timings();

    public GatewaySimulation() {
        List<String> users = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            users.add(Courier.user(new BigDecimal("1000000.00")));
        }
        List<String> products = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            products.add(Courier.product(new BigDecimal(String.format("%d.%02d", 1 + i, i)), 1_000_000));
        }
        for (int i = 0; i < 100; i++) {
            Map<String, Integer> lines = new LinkedHashMap<>();
            while (lines.size() < 3) {
                lines.put(products.get(ThreadLocalRandom.current().nextInt(products.size())), 1 + lines.size());
            }
            orders.add(Courier.post("/order/api/orders", Courier.order(users.get(i % users.size()), lines))
                    .get("id")
                    .asText());
        }

        HttpProtocolBuilder protocol = http.baseUrl(Courier.URL)
                .authorizationHeader(Courier.bearer())
                .acceptHeader("application/json")
                .shareConnections();
        PopulationBuilder plan = details("warm-up details", 8, WARM_UP).andThen(direct("warm-up direct", 8, WARM_UP));
        for (int level : LEVELS) {
            plan = plan.andThen(details("details c=" + level, level, PHASE))
                    .andThen(direct("direct c=" + level, level, PHASE));
        }
        setUp(plan).protocols(protocol);
    }

    @Override
    public void after() {
        Courier.write(
                "gateway.json",
                Map.of("phaseSeconds", PHASE.toSeconds(), "levels", LEVELS, "requests", timings.figures()));
    }

    private Iterator<Map<String, Object>> orderIds() {
        return Stream.generate(() -> Map.<String, Object>of(
                        "orderId", orders.get(ThreadLocalRandom.current().nextInt(orders.size()))))
                .iterator();
    }

    private PopulationBuilder details(String name, int clients, Duration during) {
        return DetailsRequests.closed(name, clients, during, orderIds(), timings);
    }

    private PopulationBuilder direct(String name, int clients, Duration during) {
        return scenario(name)
                .feed(orderIds())
                .exec(http(name)
                        .get("/order/api/orders/#{orderId}")
                        .header("Authorization", Courier.operator())
                        .check(Timings.TIMED, status().is(200)))
                .exec(timings.record(name))
                .injectClosed(constantConcurrentUsers(clients).during(during));
    }
}
