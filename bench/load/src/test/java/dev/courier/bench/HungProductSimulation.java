package dev.courier.bench;

import static io.gatling.javaapi.core.CoreDsl.asLongAs;
import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.constantConcurrentUsers;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.Simulation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;

/**
 * Details while the product service is hung: bench/run.sh starts the server with the gateway's
 * product service URL on {@code bench.hung-port}, where this simulation listens, accepts and never
 * answers. One client asks for details until an answer names the product part missing because its
 * circuit is open (each before that waits for the configured timeout), then 4 clients ask with the
 * breaker open: first to warm the server up (it was started for this run), then measured for
 * {@code bench.phase-seconds}. The orders are placed through the order
 * service, whose own product service is the real one.
 */
public class HungProductSimulation extends Simulation {

    static final int PORT = Integer.getInteger("bench.hung-port", 18099);
    static final Duration PHASE = Duration.ofSeconds(Long.getLong("bench.phase-seconds", 20));
    static final Duration WARM_UP = Duration.ofSeconds(Long.getLong("bench.warm-up-seconds", 20));

    private final List<String> orders = new ArrayList<>();
    private final List<Socket> held = new CopyOnWriteArrayList<>();
    private final Timings timings = new Timings();
    private final ServerSocket hung;

    public HungProductSimulation() {
        try {
            hung = new ServerSocket(PORT, 200, InetAddress.getLoopbackAddress());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Thread acceptor = new Thread(
                () -> {
                    while (!hung.isClosed()) {
                        try {
                            held.add(hung.accept());
                        } catch (IOException e) {
                            return;
                        }
                    }
                },
                "hung-product-service");
        acceptor.setDaemon(true);
        acceptor.start();

        String user = Courier.user(new BigDecimal("1000000.00"));
        List<String> products = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            products.add(Courier.product(new BigDecimal("3.50"), 1_000_000));
        }
        for (int i = 0; i < 20; i++) {
            Map<String, Integer> lines = new LinkedHashMap<>();
            for (int line = 0; line < 3; line++) {
                lines.put(products.get((i + line) % products.size()), 1);
            }
            orders.add(Courier.post("/order/api/orders", Courier.order(user, lines))
                    .get("id")
                    .asText());
        }

        String before = "hung: before breaker opens";
        String warmUp = "hung: breaker open, warm-up";
        String open = "hung: breaker open";
        setUp(scenario(before)
                        .feed(orderIds())
                        .exec(asLongAs(
                                        session -> !"circuit open".equals(session.getString("reason"))
                                                && session.getInt("tries") < 30,
                                        "tries")
                                .on(exec(http(before)
                                                .get("/api/orders/#{orderId}/details")
                                                .check(
                                                        Timings.TIMED,
                                                        status().is(200),
                                                        jsonPath("$.degraded[0].reason")
                                                                .saveAs("reason")))
                                        .exec(timings.record(before))))
                        .injectOpen(atOnceUsers(1))
                        .andThen(scenario(warmUp)
                                .feed(orderIds())
                                .exec(http(warmUp)
                                        .get("/api/orders/#{orderId}/details")
                                        .check(status().is(200)))
                                .injectClosed(constantConcurrentUsers(4).during(WARM_UP)))
                        .andThen(scenario(open)
                                .feed(orderIds())
                                .exec(http(open)
                                        .get("/api/orders/#{orderId}/details")
                                        .check(
                                                Timings.TIMED,
                                                status().is(200),
                                                jsonPath("$.degraded[0].reason").exists()))
                                .exec(timings.record(open))
                                .injectClosed(constantConcurrentUsers(4).during(PHASE))))
                .protocols(http.baseUrl(Courier.URL)
                        .authorizationHeader(Courier.bearer())
                        .acceptHeader("application/json")
                        .shareConnections());
    }

    private Iterator<Map<String, Object>> orderIds() {
        return Stream.generate(() -> Map.<String, Object>of(
                        "orderId", orders.get(ThreadLocalRandom.current().nextInt(orders.size()))))
                .iterator();
    }

    @Override
    public void after() {
        Courier.write("hung.json", Map.of("requests", timings.figures()));
        try {
            hung.close();
            for (Socket socket : held) {
                socket.close();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
