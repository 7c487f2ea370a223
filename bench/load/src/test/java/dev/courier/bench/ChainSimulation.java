package dev.courier.bench;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.asLongAsDuring;
import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.constantConcurrentUsers;
import static io.gatling.javaapi.core.CoreDsl.constantUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import com.fasterxml.jackson.databind.JsonNode;
import io.gatling.javaapi.core.PopulationBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Semaphore;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * The event chain, end to end through the gateway: orders placed at a fixed arrival rate (open
 * model, {@code bench.chain.rate}/s), then by {@code bench.chain.clients} clients as fast as they
 * are accepted (the highest rate the system sustains). After each phase the run waits until no
 * order is pending. Afterwards every accepted order is read back: its latency from the 201 to its
 * terminal step (the server's timestamp), and the books: every account's balance is its start
 * minus charges plus refunds, net charges equal the totals of processed orders, every product's
 * stock is its start minus the quantities of processed orders, no order charged or refunded twice.
 * Written to {@code chain.json} for the report.
 */
public class ChainSimulation extends Simulation {

    static final int RATE = Integer.getInteger("bench.chain.rate", 50);
    static final Duration STEADY = Duration.ofSeconds(Long.getLong("bench.chain.steady-seconds", 30));
    static final int CLIENTS = Integer.getInteger("bench.chain.clients", 32);
    static final Duration SATURATED = Duration.ofSeconds(Long.getLong("bench.chain.saturated-seconds", 40));
    static final Duration DRAIN = Duration.ofMinutes(10);
    /** JMS messages an order causes, by outcome (order.processed included). */
    static final Map<String, Integer> MESSAGES =
            Map.of("PROCESSED", 4, "CANCELLED/PAYMENT_DECLINED", 3, "CANCELLED/OUT_OF_STOCK", 6);

    record Placed(String id, String phase, long acceptedAt) {}

    private final Queue<Placed> placed = new ConcurrentLinkedQueue<>();
    private final Timings timings = new Timings();
    private final Map<String, BigDecimal> startBalance = new LinkedHashMap<>();
    private final Map<String, Integer> startStock = new LinkedHashMap<>();

    public ChainSimulation() {
        Random random = new Random(7);
        for (int i = 0; i < 50; i++) {
            BigDecimal balance = new BigDecimal(i % 5 == 0 ? "40.00" : "10000000.00");
            startBalance.put(Courier.user(balance), balance);
        }
        for (int i = 0; i < 20; i++) {
            int stock = i % 4 == 0 ? 60 : 10_000_000;
            startStock.put(
                    Courier.product(
                            new BigDecimal(String.format("%d.%02d", 1 + random.nextInt(20), random.nextInt(100))),
                            stock),
                    stock);
        }
        List<String> users = List.copyOf(startBalance.keySet());
        List<String> products = List.copyOf(startStock.keySet());
        Supplier<Iterator<Map<String, Object>>> bodies = () -> Stream.generate(() -> {
                    Random r = new Random();
                    List<String> shuffled = new ArrayList<>(products);
                    Collections.shuffle(shuffled, r);
                    Map<String, Integer> lines = new LinkedHashMap<>();
                    shuffled.subList(0, 1 + r.nextInt(3)).forEach(product -> lines.put(product, 1 + r.nextInt(3)));
                    return Map.<String, Object>of(
                            "body",
                            Courier.order(users.get(r.nextInt(users.size())), lines)
                                    .toString());
                })
                .iterator();

        setUp(place("steady", bodies)
                        .injectOpen(constantUsersPerSec(RATE).during(STEADY))
                        .andThen(drain("drain after steady"))
                        .andThen(place("saturated", bodies)
                                .injectClosed(constantConcurrentUsers(CLIENTS).during(SATURATED)))
                        .andThen(drain("drain after saturated")))
                .protocols(http.baseUrl(Courier.URL)
                        .authorizationHeader(Courier.bearer())
                        .acceptHeader("application/json")
                        .shareConnections());
    }

    private ScenarioBuilder place(String phase, Supplier<Iterator<Map<String, Object>>> bodies) {
        String name = "place (" + phase + ")";
        return scenario(name)
                .feed(bodies.get())
                .exec(http(name)
                        .post("/api/orders")
                        .body(StringBody("#{body}"))
                        .asJson()
                        .check(Timings.TIMED, status().is(201), jsonPath("$.id").saveAs("id")))
                .exec(session -> {
                    if (!session.isFailed() && session.contains("id")) {
                        placed.add(new Placed(session.getString("id"), phase, System.currentTimeMillis()));
                    }
                    return session.remove("id");
                })
                .exec(timings.record(name));
    }

    private PopulationBuilder drain(String name) {
        return scenario(name)
                .exec(asLongAsDuring(session -> !session.contains("pending") || session.getLong("pending") > 0, DRAIN)
                        .on(exec(http(name)
                                        .get("/order/api/orders?status=PENDING&size=1")
                                        .header("Authorization", Courier.operator())
                                        .check(jsonPath("$.totalItems").ofLong().saveAs("pending")))
                                .pause(Duration.ofMillis(200))))
                .injectOpen(atOnceUsers(1));
    }

    @Override
    public void after() {
        Map<String, JsonNode> orders = readBack();
        Map<String, Object> result = new LinkedHashMap<>();
        for (String phase : List.of("steady", "saturated")) {
            result.put(phase, phase(phase, orders));
        }
        result.put("books", books(orders));
        result.put("arrivalRate", RATE);
        result.put("clients", CLIENTS);
        result.put("requests", timings.figures());
        Courier.write("chain.json", result);
        System.out.println("chain: " + result);
    }

    /** Every accepted order as the order service has it now, read 16 at a time. */
    private Map<String, JsonNode> readBack() {
        HttpClient client = HttpClient.newHttpClient();
        Semaphore inFlight = new Semaphore(16);
        Map<String, JsonNode> orders = new ConcurrentHashMap<>();
        List<CompletableFuture<?>> reads = new ArrayList<>();
        for (Placed order : placed) {
            inFlight.acquireUninterruptibly();
            reads.add(client.sendAsync(
                            HttpRequest.newBuilder(URI.create(Courier.URL + "/order/api/orders/" + order.id()))
                                    .header("Authorization", Courier.operator())
                                    .build(),
                            HttpResponse.BodyHandlers.ofString())
                    .thenAccept(response -> {
                        try {
                            orders.put(order.id(), Courier.JSON.readTree(response.body()));
                        } catch (Exception e) {
                            throw new IllegalStateException(e);
                        }
                    })
                    .whenComplete((ignored, failure) -> inFlight.release()));
        }
        CompletableFuture.allOf(reads.toArray(CompletableFuture[]::new)).join();
        return orders;
    }

    private Map<String, Object> phase(String phase, Map<String, JsonNode> orders) {
        List<Placed> mine =
                placed.stream().filter(order -> order.phase().equals(phase)).toList();
        List<Long> latencies = new ArrayList<>();
        Map<String, Integer> outcomes = new TreeMap<>();
        long firstAccepted = Long.MAX_VALUE;
        long lastAccepted = 0;
        long lastTerminal = 0;
        long messages = 0;
        int pending = 0;
        for (Placed order : mine) {
            JsonNode state = orders.get(order.id());
            firstAccepted = Math.min(firstAccepted, order.acceptedAt());
            lastAccepted = Math.max(lastAccepted, order.acceptedAt());
            if (state == null || "PENDING".equals(state.get("status").asText())) {
                pending++;
                continue;
            }
            JsonNode reason = state.path("cancellationReason");
            String outcome = state.get("status").asText()
                    + (reason.isMissingNode() || reason.isNull() ? "" : "/" + reason.asText());
            outcomes.merge(outcome, 1, Integer::sum);
            messages += MESSAGES.getOrDefault(outcome, 0);
            JsonNode history = state.get("history");
            long terminalAt = Instant.parse(
                            history.get(history.size() - 1).get("at").asText())
                    .toEpochMilli();
            lastTerminal = Math.max(lastTerminal, terminalAt);
            latencies.add(Math.max(0, terminalAt - order.acceptedAt()));
        }
        Collections.sort(latencies);
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("accepted", mine.size());
        figures.put("terminal", latencies.size());
        figures.put("notTerminal", pending);
        figures.put("outcomes", outcomes);
        if (!mine.isEmpty()) {
            double acceptSeconds = Math.max(1, lastAccepted - firstAccepted) / 1000.0;
            double terminalSeconds = Math.max(1, lastTerminal - firstAccepted) / 1000.0;
            figures.put("acceptedPerSecond", mine.size() / acceptSeconds);
            figures.put("terminalPerSecond", latencies.size() / terminalSeconds);
            figures.put("chainMessagesPerSecond", messages / terminalSeconds);
            figures.put("secondsToAllTerminal", terminalSeconds);
            // the phase's window, for the CPU per order the report takes from the run script's samples
            figures.put("firstAcceptedAt", firstAccepted);
            figures.put("lastTerminalAt", lastTerminal);
            figures.put(
                    "latencyMs",
                    Map.of(
                            "p50",
                            Timings.percentile(latencies, 50),
                            "p90",
                            Timings.percentile(latencies, 90),
                            "p99",
                            Timings.percentile(latencies, 99),
                            "max",
                            latencies.isEmpty() ? 0 : latencies.get(latencies.size() - 1)));
        }
        return figures;
    }

    /**
     * The books after the run, over every order of the run's users (an order whose placement the
     * client saw fail may still exist: it counts like any other): every discrepancy is named.
     */
    private Map<String, Object> books(Map<String, JsonNode> accepted) {
        List<String> discrepancies = new ArrayList<>();
        Map<String, Integer> processedQuantities = new HashMap<>();
        int appliedTwice = 0;
        int withoutCreated = 0;
        int pending = 0;
        for (Map.Entry<String, BigDecimal> account : startBalance.entrySet()) {
            String user = account.getKey();
            BigDecimal processedTotal = BigDecimal.ZERO;
            for (JsonNode order : Courier.all("/order/api/orders?userId=" + user)) {
                if (!accepted.containsKey(order.get("id").asText())) {
                    withoutCreated++;
                }
                switch (order.get("status").asText()) {
                    case "PROCESSED" -> {
                        processedTotal = processedTotal.add(order.get("total").decimalValue());
                        order.get("products")
                                .forEach(line -> processedQuantities.merge(
                                        line.get("productId").asText(),
                                        line.get("quantity").asInt(),
                                        Integer::sum));
                    }
                    case "PENDING" -> pending++;
                    default -> {}
                }
            }
            BigDecimal charged = BigDecimal.ZERO;
            BigDecimal refunded = BigDecimal.ZERO;
            Map<String, Integer> perOrder = new HashMap<>();
            for (JsonNode payment : Courier.all("/payment/api/payments?userId=" + user)) {
                perOrder.merge(
                        payment.get("orderId").asText() + "/"
                                + payment.get("kind").asText(),
                        1,
                        Integer::sum);
                if ("CHARGE".equals(payment.get("kind").asText())) {
                    charged = charged.add(payment.get("amount").decimalValue());
                } else {
                    refunded = refunded.add(payment.get("amount").decimalValue());
                }
            }
            appliedTwice +=
                    (int) perOrder.values().stream().filter(count -> count > 1).count();
            BigDecimal balance =
                    Courier.get("/payment/api/accounts/" + user).get("balance").decimalValue();
            if (balance.compareTo(account.getValue().subtract(charged).add(refunded)) != 0) {
                discrepancies.add("account " + user + ": balance " + balance + ", start " + account.getValue() + " - "
                        + charged + " + " + refunded);
            }
            BigDecimal net = charged.subtract(refunded);
            if (net.compareTo(processedTotal) != 0) {
                discrepancies.add(
                        "account " + user + ": net charges " + net + " but processed orders total " + processedTotal);
            }
        }
        for (Map.Entry<String, Integer> product : startStock.entrySet()) {
            int stock = Courier.get("/inventory/api/products/" + product.getKey())
                    .get("stock")
                    .asInt();
            int expected = product.getValue() - processedQuantities.getOrDefault(product.getKey(), 0);
            if (stock != expected) {
                discrepancies.add("product " + product.getKey() + ": stock " + stock + ", expected " + expected);
            }
        }
        long lost = placed.stream()
                .filter(order -> !accepted.containsKey(order.id())
                        || "PENDING"
                                .equals(accepted.get(order.id()).get("status").asText()))
                .count();
        Map<String, Object> books = new LinkedHashMap<>();
        books.put("balanced", discrepancies.isEmpty() && appliedTwice == 0 && lost == 0 && pending == 0);
        books.put("accounts", startBalance.size());
        books.put("products", startStock.size());
        books.put("acceptedNotTerminal", lost);
        books.put("pendingAfterDrain", pending);
        books.put("placedWithoutA201", withoutCreated);
        books.put("paymentsAppliedTwice", appliedTwice);
        books.put("discrepancies", discrepancies);
        return books;
    }
}
