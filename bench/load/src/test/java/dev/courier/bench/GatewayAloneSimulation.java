package dev.courier.bench;

import static io.gatling.javaapi.http.HttpDsl.http;

import io.gatling.javaapi.core.PopulationBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.time.Duration;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * The gateway alone: bench/run.sh starts the server with the gateway's downstream URLs on
 * {@link StubServices}, which answer at once, so only the gateway's own work is measured.
 * {@code GET /api/orders/{id}/details} (order, user and three products) at each concurrency of
 * {@code bench.alone-levels} (closed model, {@code bench.phase-seconds} each, after a warm-up); the
 * run script samples the server's CPU, and the report divides it by the requests of each phase.
 */
public class GatewayAloneSimulation extends Simulation {

    static final int[] LEVELS = Arrays.stream(
                    System.getProperty("bench.alone-levels", "1,16,32,64").split(","))
            .mapToInt(Integer::parseInt)
            .toArray();
    static final Duration PHASE = Duration.ofSeconds(Long.getLong("bench.phase-seconds", 20));
    /**
     * Two minutes at 32 clients before the first measured phase: on a fresh server the JIT is still
     * compiling the request path after one minute (measured: 1.6 ms of CPU per request in the 20 s
     * after a minute's load, about 1.1 ms from the third minute on), and the phases are meant to
     * measure the gateway, not the compiler. {@code bench.alone-warm-up-seconds} changes it.
     */
    static final Duration WARM_UP = Duration.ofSeconds(Long.getLong("bench.alone-warm-up-seconds", 120));

    private final Timings timings = new Timings();

    public GatewayAloneSimulation() {
        HttpProtocolBuilder protocol = http.baseUrl(Courier.URL)
                .authorizationHeader(Courier.bearer())
                .acceptHeader("application/json")
                .shareConnections();
        PopulationBuilder plan = details("alone warm-up", 32, WARM_UP);
        for (int level : LEVELS) {
            plan = plan.andThen(details("alone c=" + level, level, PHASE));
        }
        setUp(plan).protocols(protocol);
    }

    @Override
    public void after() {
        Courier.write(
                "gateway-alone.json",
                Map.of("phaseSeconds", PHASE.toSeconds(), "levels", LEVELS, "requests", timings.figures()));
    }

    private static Iterator<Map<String, Object>> orderIds() {
        return Stream.generate(() ->
                        Map.<String, Object>of("orderId", UUID.randomUUID().toString()))
                .iterator();
    }

    private PopulationBuilder details(String name, int clients, Duration during) {
        return DetailsRequests.closed(name, clients, during, orderIds(), timings);
    }
}
