package dev.courier.bench;

import static io.gatling.javaapi.core.CoreDsl.constantConcurrentUsers;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.PopulationBuilder;
import java.time.Duration;
import java.util.Iterator;
import java.util.Map;

/**
 * {@code GET /api/orders/{id}/details} by {@code clients} closed-model users for {@code during}, each
 * request timed into {@code timings} under {@code name}: complete answers only (200, nothing
 * degraded). The order ids come from {@code orderIds} ({@code orderId} in the session).
 */
final class DetailsRequests {

    private DetailsRequests() {}

    static PopulationBuilder closed(
            String name, int clients, Duration during, Iterator<Map<String, Object>> orderIds, Timings timings) {
        return scenario(name)
                .feed(orderIds)
                .exec(http(name)
                        .get("/api/orders/#{orderId}/details")
                        .check(
                                Timings.TIMED,
                                status().is(200),
                                jsonPath("$.degraded[*]").count().is(0)))
                .exec(timings.record(name))
                .injectClosed(constantConcurrentUsers(clients).during(during));
    }
}
