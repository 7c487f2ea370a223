package dev.courier.bench;

import static io.gatling.javaapi.core.CoreDsl.constantUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import dev.courier.tokens.DevTokens;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The gateway's rate limit under load: a greedy customer sends {@code bench.greedy-per-second}
 * requests a second, far over its quota, while a patient customer sends
 * {@code bench.patient-per-second}, within it, both for {@code bench.rate-limit-seconds}. The server
 * runs with a quota of {@code bench.rate-limit-quota} requests a minute (bench/run.sh starts it so).
 * Every answer of the greedy customer is 200 or 429, every one of the patient customer 200: the
 * report counts them and times both.
 */
public class RateLimitSimulation extends Simulation {

    private static final int GREEDY = Integer.getInteger("bench.greedy-per-second", 20);
    private static final int PATIENT = Integer.getInteger("bench.patient-per-second", 1);
    private static final int QUOTA = Integer.getInteger("bench.rate-limit-quota", 120);
    private static final Duration DURING = Duration.ofSeconds(Integer.getInteger("bench.rate-limit-seconds", 60));

    private final Timings timings = new Timings();
    private final Map<String, Map<Integer, Integer>> statuses = new ConcurrentHashMap<>();

    {
        setUp(
                        client("rate limit: greedy customer", GREEDY, 200, 429),
                        client("rate limit: patient customer", PATIENT, 200))
                .protocols(http.baseUrl(Courier.URL).acceptHeader("application/json"));
    }

    /** A customer of their own sending {@code perSecond} catalog requests; any answer but {@code allowed} fails. */
    private io.gatling.javaapi.core.PopulationBuilder client(String name, int perSecond, Integer... allowed) {
        String authorization = Courier.bearer(Courier.user(java.math.BigDecimal.ONE), DevTokens.CUSTOMER);
        ScenarioBuilder scenario = scenario(name)
                .exec(http(name)
                        .get("/api/products?size=1")
                        .header("Authorization", authorization)
                        .check(Timings.TIMED, status().in(allowed).saveAs("status")))
                .exec(session -> {
                    if (session.contains("status")) {
                        statuses.computeIfAbsent(name, ignored -> new ConcurrentHashMap<>())
                                .merge(session.getInt("status"), 1, Integer::sum);
                    }
                    return session;
                })
                .exec(timings.record(name));
        return scenario.injectOpen(constantUsersPerSec(perSecond).during(DURING));
    }

    @Override
    public void after() {
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("quotaPerMinute", QUOTA);
        result.put("seconds", DURING.toSeconds());
        result.put("statuses", statuses);
        result.put("requests", timings.figures());
        Courier.write("rate-limit.json", result);
    }
}
