package dev.courier.fault;

import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.courier.testing.Credentials;
import dev.courier.testing.TestServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Customers and products of one test, created over the services' APIs; orders placed at a steady
 * rate; and the books read back: what every account and product should hold given the orders
 * that exist, whichever of them the client heard a 201 for.
 */
final class Shop {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** The shop is run by its operator, who may call every service's API. */
    private static final String OPERATOR = Credentials.operator().basicAuthorization();

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final Random random = new Random(11);
    private final String base;
    final Map<String, BigDecimal> startBalance = new LinkedHashMap<>();
    final Map<String, Integer> startStock = new LinkedHashMap<>();
    /** Orders answered 201, by id. */
    final Set<String> accepted = ConcurrentHashMap.newKeySet();
    /** When each 201 arrived ({@link System#nanoTime()}), to find the longest time without one. */
    final Queue<Long> acceptedAt = new ConcurrentLinkedQueue<>();
    /** Placements answered otherwise or not at all (the server was down). */
    final Map<String, Integer> refused = new ConcurrentHashMap<>();
    /**
     * Placements that got no answer (the connection died with the server), or a load balancer's 5xx
     * for a node that died with them, by Idempotency-Key: their bodies.
     */
    final Map<String, String> unanswered = new ConcurrentHashMap<>();
    /** Of those placed again: how many the server had placed already (answered Idempotent-Replayed) and how many not. */
    int replayed;

    int placedOnlyAgain;
    /** The first answer of each kind of refusal, to say why. */
    final Map<String, String> firstRefusal = new ConcurrentHashMap<>();
    /** Open while placing may go on; {@link #pause()} closes it until {@link #resume()}. */
    private volatile CountDownLatch open = new CountDownLatch(0);

    /** {@code users} customers (one in five short of money) and {@code products} products (one in four scarce). */
    Shop(int users, int products) {
        this(TestServer.httpUrl(), users, products);
    }

    /** The same, with the services at {@code base} (a node, or the load balancer in front of several). */
    Shop(String base, int users, int products) {
        this.base = base;
        for (int i = 0; i < users; i++) {
            BigDecimal balance = new BigDecimal(i % 5 == 0 ? "40.00" : "100000.00");
            String id = send(
                            "POST",
                            "/order/api/users",
                            Map.of("name", "Customer " + i, "email", "c-" + UUID.randomUUID() + "@example.com"),
                            201)
                    .get("id")
                    .asText();
            send("PUT", "/payment/api/accounts/" + id, Map.of("balance", balance), 201);
            startBalance.put(id, balance);
        }
        for (int i = 0; i < products; i++) {
            int stock = i % 4 == 0 ? 40 : 100000;
            String id = send(
                            "POST",
                            "/inventory/api/products",
                            Map.of(
                                    "name",
                                    "Product " + UUID.randomUUID(),
                                    "price",
                                    new BigDecimal(
                                            String.format("%d.%02d", 1 + random.nextInt(20), random.nextInt(100))),
                                    "stock",
                                    stock),
                            201)
                    .get("id")
                    .asText();
            startStock.put(id, stock);
        }
    }

    /**
     * Places {@code count} orders at {@code perSecond} (open model: the next is sent on time
     * whether or not the previous was answered) and waits for their answers.
     */
    void place(int count, int perSecond) {
        List<String> users = List.copyOf(startBalance.keySet());
        List<String> products = List.copyOf(startStock.keySet());
        List<CompletableFuture<?>> answers = new ArrayList<>();
        long period = TimeUnit.SECONDS.toNanos(1) / perSecond;
        long due = System.nanoTime();
        for (int i = 0; i < count; i++) {
            CountDownLatch gate = open;
            if (gate.getCount() > 0) {
                awaitOpen(gate);
                due = System.nanoTime(); // on at the same rate, without the backlog of the pause
            }
            long wait = due - System.nanoTime();
            if (wait > 0) {
                sleepNanos(wait);
            }
            due += period;
            ObjectNode order = JSON.createObjectNode().put("userId", users.get(random.nextInt(users.size())));
            List<String> shuffled = new ArrayList<>(products);
            Collections.shuffle(shuffled, random);
            shuffled.subList(0, 1 + random.nextInt(3))
                    .forEach(product -> order.withArray("products")
                            .addObject()
                            .put("productId", product)
                            .put("quantity", 1 + random.nextInt(3)));
            String key = UUID.randomUUID().toString();
            answers.add(http.sendAsync(placement(key, order.toString()), HttpResponse.BodyHandlers.ofString())
                    .handle((response, failure) -> {
                        if (failure == null && response.statusCode() == 201) {
                            accepted.add(read(response.body()).get("id").asText());
                            acceptedAt.add(System.nanoTime());
                        } else {
                            // no answer, or a load balancer's for a node that died with the request: the
                            // order may have been placed or not; Courier's own refusals say when to try again
                            if (failure != null
                                    || response.statusCode() >= 500
                                            && response.headers()
                                                    .firstValue("Retry-After")
                                                    .isEmpty()) {
                                unanswered.put(key, order.toString());
                            }
                            // a 503 must say when to try again
                            String why = failure != null
                                    ? failure.getClass().getSimpleName()
                                    : "HTTP " + response.statusCode()
                                            + (response.statusCode() == 503
                                                            && response.headers()
                                                                    .firstValue("Retry-After")
                                                                    .isEmpty()
                                                    ? " without Retry-After"
                                                    : "");
                            if (refused.merge(why, 1, Integer::sum) == 1) {
                                firstRefusal.put(
                                        why, failure != null ? String.valueOf(failure.getCause()) : response.body());
                            }
                        }
                        return null;
                    }));
        }
        CompletableFuture.allOf(answers.toArray(CompletableFuture[]::new)).join();
    }

    /**
     * Places every {@link #unanswered} placement again, with its key, as a client that lost the answer
     * does: each is answered 201, either with the order the server had placed before it went down
     * (Idempotent-Replayed) or with one placed now. Returns placements that were not answered 201.
     */
    List<String> placeUnansweredAgain() {
        List<String> notPlaced = new ArrayList<>();
        unanswered.forEach((key, body) -> {
            // a 503 is tried again: with Retry-After the service is recovering (e.g. reconnecting to the
            // broker), without it the balancer has no node ready at the moment; any other answer is final
            AtomicReference<HttpResponse<String>> answer = new AtomicReference<>();
            await().atMost(TestServer.scaled(Duration.ofMinutes(2)))
                    .pollInterval(Duration.ofSeconds(1))
                    .ignoreExceptionsInstanceOf(UncheckedIOException.class)
                    .until(() -> {
                        answer.set(exchange(placement(key, body)));
                        return answer.get().statusCode() != 503;
                    });
            HttpResponse<String> response = answer.get();
            if (response.statusCode() != 201) {
                notPlaced.add(key + " answered " + response.statusCode() + ": " + response.body());
                return;
            }
            accepted.add(read(response.body()).get("id").asText());
            if (response.headers().firstValue("Idempotent-Replayed").isPresent()) {
                replayed++;
            } else {
                placedOnlyAgain++;
            }
        });
        return notPlaced;
    }

    /**
     * Starts a new phase after {@link #placeUnansweredAgain}: forgets the placements it placed again
     * and its counts, so that the next phase reports its own.
     */
    void newPhase() {
        unanswered.clear();
        replayed = 0;
        placedOnlyAgain = 0;
    }

    private HttpRequest placement(String idempotencyKey, String body) {
        return request("/order/api/orders")
                .header("Idempotency-Key", idempotencyKey)
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
    }

    /** Holds the placing of {@link #place} (after the order being sent), e.g. while the server is down. */
    void pause() {
        open = new CountDownLatch(1);
    }

    /** Lets {@link #place} go on at its rate. */
    void resume() {
        open.countDown();
    }

    private static void awaitOpen(CountDownLatch gate) {
        try {
            gate.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Placements answered so far, accepted or refused. */
    long answered() {
        return accepted.size()
                + refused.values().stream().mapToLong(Integer::longValue).sum();
    }

    long pending() {
        return get("/order/api/orders?status=PENDING&size=1").get("totalItems").asLong();
    }

    /** The state of the books now, every order of the shop's customers included. */
    Books books() {
        Books books = new Books();
        Map<String, Integer> processedQuantities = new HashMap<>();
        for (Map.Entry<String, BigDecimal> account : startBalance.entrySet()) {
            String user = account.getKey();
            BigDecimal processedTotal = BigDecimal.ZERO;
            for (JsonNode order : all("/order/api/orders?userId=" + user)) {
                String status = order.get("status").asText();
                books.orders.merge(status, 1, Integer::sum);
                books.statusOf.put(order.get("id").asText(), status);
                if ("PROCESSED".equals(status)) {
                    processedTotal = processedTotal.add(order.get("total").decimalValue());
                    order.get("products")
                            .forEach(line -> processedQuantities.merge(
                                    line.get("productId").asText(),
                                    line.get("quantity").asInt(),
                                    Integer::sum));
                }
            }
            BigDecimal charged = BigDecimal.ZERO;
            BigDecimal refunded = BigDecimal.ZERO;
            Map<String, Integer> perOrder = new HashMap<>();
            for (JsonNode payment : all("/payment/api/payments?userId=" + user)) {
                perOrder.merge(
                        payment.get("orderId").asText() + " "
                                + payment.get("kind").asText(),
                        1,
                        Integer::sum);
                if ("CHARGE".equals(payment.get("kind").asText())) {
                    charged = charged.add(payment.get("amount").decimalValue());
                } else {
                    refunded = refunded.add(payment.get("amount").decimalValue());
                }
            }
            perOrder.forEach((what, times) -> {
                if (times > 1) {
                    books.appliedTwice.add(what + " x" + times);
                }
            });
            BigDecimal balance =
                    get("/payment/api/accounts/" + user).get("balance").decimalValue();
            if (balance.compareTo(account.getValue().subtract(charged).add(refunded)) != 0) {
                books.discrepancies.add("account " + user + ": balance " + balance + " but start " + account.getValue()
                        + " - charges " + charged + " + refunds " + refunded);
            }
            if (charged.subtract(refunded).compareTo(processedTotal) != 0) {
                books.discrepancies.add("account " + user + ": net charges " + charged.subtract(refunded)
                        + " but processed orders total " + processedTotal);
            }
        }
        for (Map.Entry<String, Integer> product : startStock.entrySet()) {
            int stock = get("/inventory/api/products/" + product.getKey())
                    .get("stock")
                    .asInt();
            int expected = product.getValue() - processedQuantities.getOrDefault(product.getKey(), 0);
            if (stock != expected) {
                books.discrepancies.add(
                        "product " + product.getKey() + ": stock " + stock + " but expected " + expected);
            }
        }
        return books;
    }

    /** The books as read: orders by status, and what does not add up. */
    static final class Books {
        final Map<String, Integer> orders = new java.util.TreeMap<>();
        final Map<String, String> statusOf = new HashMap<>();
        final List<String> appliedTwice = new ArrayList<>();
        final List<String> discrepancies = new ArrayList<>();

        boolean balanced() {
            return appliedTwice.isEmpty() && discrepancies.isEmpty();
        }

        /** Orders in the store, in any status. */
        int count() {
            return statusOf.size();
        }

        /** How many of {@code ids} are missing or still pending. */
        long notTerminal(Set<String> ids) {
            return ids.stream()
                    .filter(id -> !statusOf.containsKey(id) || "PENDING".equals(statusOf.get(id)))
                    .count();
        }
    }

    private List<JsonNode> all(String pathWithQuery) {
        List<JsonNode> items = new ArrayList<>();
        for (int page = 0; ; page++) {
            JsonNode json = get(pathWithQuery + "&size=100&page=" + page);
            json.get("items").forEach(items::add);
            if (items.size() >= json.get("totalItems").asLong()
                    || json.get("items").isEmpty()) {
                return items;
            }
        }
    }

    private JsonNode get(String path) {
        return send("GET", path, null, 200);
    }

    private JsonNode send(String method, String path, Object body, int expected) {
        HttpRequest.BodyPublisher publisher =
                body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(write(body));
        HttpResponse<String> response =
                exchange(request(path).method(method, publisher).build());
        if (response.statusCode() != expected) {
            throw new IllegalStateException(
                    method + " " + path + " answered " + response.statusCode() + ": " + response.body());
        }
        return read(response.body());
    }

    private HttpResponse<String> exchange(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(base + path))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .header("Authorization", OPERATOR);
    }

    /** {@code body} as JSON. */
    static String write(Object body) {
        try {
            return JSON.writeValueAsString(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code body} read as JSON. */
    static JsonNode read(String body) {
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void sleepNanos(long nanos) {
        try {
            TimeUnit.NANOSECONDS.sleep(nanos);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
