package dev.courier.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.courier.testing.AllServices;
import dev.courier.testing.Credentials;
import dev.courier.testing.TestServer;
import io.restassured.path.json.JsonPath;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Semaphore;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The order chain across the services, through their HTTP APIs only: every outcome of an
 * order, and a burst of concurrent orders after which the books balance.
 */
@ExtendWith(ArquillianExtension.class)
class OrderChainIT extends AllServices {

    private static final Duration CHAIN = TestServer.scaled(Duration.ofSeconds(30));

    private static String user(String balance) {
        String id = http().body(
                        Map.of("name", "Customer", "email", "c-" + java.util.UUID.randomUUID() + "@example.com"))
                .post("/order/api/users")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        http().body(Map.of("balance", new BigDecimal(balance)))
                .put("/payment/api/accounts/{id}", id)
                .then()
                .statusCode(201);
        return id;
    }

    private static String product(String price, int stock) {
        return http().body(Map.of(
                        "name",
                        "Product " + java.util.UUID.randomUUID(),
                        "price",
                        new BigDecimal(price),
                        "stock",
                        stock))
                .post("/inventory/api/products")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    private static String order(String userId, Map<String, Integer> lines) {
        List<Map<String, Object>> products = new ArrayList<>();
        lines.forEach((product, quantity) -> products.add(Map.of("productId", product, "quantity", quantity)));
        return http().body(Map.of("userId", userId, "products", products))
                .post("/order/api/orders")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    private static JsonPath terminal(String orderId) {
        return await().atMost(CHAIN)
                .until(
                        () -> http().get("/order/api/orders/{id}", orderId).jsonPath(),
                        order -> !"PENDING".equals(order.getString("status")));
    }

    private static BigDecimal balance(String userId) {
        return new BigDecimal(
                http().get("/payment/api/accounts/{id}", userId).jsonPath().getString("balance"));
    }

    private static int stock(String productId) {
        return http().get("/inventory/api/products/{id}", productId).jsonPath().getInt("stock");
    }

    private static List<String> paymentKinds(String orderId) {
        return http().queryParam("orderId", orderId)
                .get("/payment/api/payments")
                .jsonPath()
                .getList("items.kind");
    }

    @Test
    void aPaidOrderInStockIsProcessedChargedOnceAndTakenFromStock() {
        String user = user("100.00");
        String product = product("12.50", 10);

        JsonPath order = terminal(order(user, Map.of(product, 3)));

        assertThat(order.getString("status")).isEqualTo("PROCESSED");
        assertThat(order.getList("history.step")).containsExactly("CREATED", "PAID", "STOCK_RESERVED", "PROCESSED");
        assertThat(balance(user)).isEqualByComparingTo("62.50");
        assertThat(stock(product)).isEqualTo(7);
        assertThat(paymentKinds(order.getString("id"))).containsExactly("CHARGE");
    }

    @Test
    void aDeclinedPaymentCancelsTheOrderAndChangesNothing() {
        String user = user("10.00");
        String product = product("12.50", 10);

        JsonPath order = terminal(order(user, Map.of(product, 1)));

        assertThat(order.getString("status")).isEqualTo("CANCELLED");
        assertThat(order.getString("cancellationReason")).isEqualTo("PAYMENT_DECLINED");
        assertThat(order.getList("history.step")).containsExactly("CREATED", "PAYMENT_DECLINED", "CANCELLED");
        assertThat(balance(user)).isEqualByComparingTo("10.00");
        assertThat(stock(product)).isEqualTo(10);
        assertThat(paymentKinds(order.getString("id"))).isEmpty();
    }

    @Test
    void missingStockRefundsTheChargeAndCancelsTheOrder() {
        String user = user("100.00");
        String plenty = product("5.00", 10);
        String scarce = product("20.00", 1);

        JsonPath order = terminal(order(user, Map.of(plenty, 2, scarce, 2)));

        assertThat(order.getString("status")).isEqualTo("CANCELLED");
        assertThat(order.getString("cancellationReason")).isEqualTo("OUT_OF_STOCK");
        assertThat(order.getList("history.step"))
                .containsExactly("CREATED", "PAID", "STOCK_REJECTED", "REFUND_REQUESTED", "REFUNDED", "CANCELLED");
        assertThat(balance(user)).isEqualByComparingTo("100.00");
        assertThat(stock(plenty)).isEqualTo(10);
        assertThat(stock(scarce)).isEqualTo(1);
        assertThat(paymentKinds(order.getString("id"))).containsExactly("CHARGE", "REFUND");
    }

    /**
     * 500 orders placed 32 at a time across 25 users (some short of money) and 12 products (some
     * short of stock): every order ends PROCESSED or CANCELLED and the books balance.
     */
    @Test
    void aBurstOfConcurrentOrdersEndsWithEveryOrderTerminalAndTheBooksBalanced() throws Exception {
        Random random = new Random(42);
        Map<String, BigDecimal> startBalance = new HashMap<>();
        for (int i = 0; i < 25; i++) {
            String balance = i % 5 == 0 ? "30.00" : "2000.00";
            startBalance.put(user(balance), new BigDecimal(balance));
        }
        Map<String, Integer> startStock = new HashMap<>();
        for (int i = 0; i < 12; i++) {
            int stock = i % 4 == 0 ? 15 : 400;
            startStock.put(
                    product(String.format("%d.%02d", 1 + random.nextInt(20), random.nextInt(100)), stock), stock);
        }
        List<String> users = List.copyOf(startBalance.keySet());
        List<String> products = List.copyOf(startStock.keySet());
        List<String> bodies = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            List<String> lines = new ArrayList<>();
            List<String> shuffled = new ArrayList<>(products);
            java.util.Collections.shuffle(shuffled, random);
            for (String product : shuffled.subList(0, 1 + random.nextInt(3))) {
                lines.add("{\"productId\": \"" + product + "\", \"quantity\": " + (1 + random.nextInt(3)) + "}");
            }
            bodies.add("{\"userId\": \"" + users.get(random.nextInt(users.size())) + "\", \"products\": ["
                    + String.join(", ", lines) + "]}");
        }

        HttpClient client =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        String operator = Credentials.operator().basicAuthorization();
        Semaphore inFlight = new Semaphore(32);
        ConcurrentLinkedQueue<String> placed = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<Integer> refused = new ConcurrentLinkedQueue<>();
        long start = System.nanoTime();
        List<CompletableFuture<Void>> sends = new ArrayList<>();
        for (String body : bodies) {
            inFlight.acquire();
            sends.add(client.sendAsync(
                            HttpRequest.newBuilder(URI.create(TestServer.httpUrl() + "/order/api/orders"))
                                    .header("Content-Type", "application/json")
                                    .header("Authorization", operator)
                                    .POST(HttpRequest.BodyPublishers.ofString(body))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString())
                    .thenAccept(response -> {
                        if (response.statusCode() == 201) {
                            placed.add(JsonPath.from(response.body()).getString("id"));
                        } else {
                            refused.add(response.statusCode());
                        }
                    })
                    .whenComplete((ignored, failure) -> inFlight.release()));
        }
        CompletableFuture.allOf(sends.toArray(CompletableFuture[]::new)).join();
        double acceptedAfter = (System.nanoTime() - start) / 1e9;
        assertThat(refused).isEmpty();
        assertThat(placed).hasSize(500);

        await().atMost(TestServer.scaled(Duration.ofMinutes(3)))
                .pollInterval(Duration.ofMillis(500))
                .until(() -> users.stream()
                        .allMatch(user -> http().queryParam("userId", user)
                                        .queryParam("status", "PENDING")
                                        .queryParam("size", 1)
                                        .get("/order/api/orders")
                                        .jsonPath()
                                        .getInt("totalItems")
                                == 0));
        double terminalAfter = (System.nanoTime() - start) / 1e9;
        System.out.printf(
                "burst: 500 orders accepted in %.1f s, all terminal after %.1f s: %.0f orders/s%n",
                acceptedAfter, terminalAfter, 500 / terminalAfter);

        Map<String, Integer> processedQuantities = new HashMap<>();
        Map<String, Integer> outcomes = new HashMap<>();
        for (String user : users) {
            List<Map<String, Object>> orders = all("/order/api/orders", "userId", user);
            BigDecimal charged = BigDecimal.ZERO;
            BigDecimal refunded = BigDecimal.ZERO;
            for (Map<String, Object> payment : all("/payment/api/payments", "userId", user)) {
                BigDecimal amount = new BigDecimal(payment.get("amount").toString());
                if ("CHARGE".equals(payment.get("kind"))) {
                    charged = charged.add(amount);
                } else {
                    refunded = refunded.add(amount);
                }
            }
            BigDecimal processedTotal = BigDecimal.ZERO;
            for (Map<String, Object> order : orders) {
                String outcome = order.get("status")
                        + (order.get("cancellationReason") == null ? "" : "/" + order.get("cancellationReason"));
                outcomes.merge(outcome, 1, Integer::sum);
                if ("PROCESSED".equals(order.get("status"))) {
                    processedTotal =
                            processedTotal.add(new BigDecimal(order.get("total").toString()));
                    @SuppressWarnings("unchecked")
                    List<Map<String, Object>> lines = (List<Map<String, Object>>) order.get("products");
                    lines.forEach(line -> processedQuantities.merge(
                            (String) line.get("productId"), (Integer) line.get("quantity"), Integer::sum));
                }
            }
            assertThat(balance(user))
                    .as("balance of %s", user)
                    .isEqualByComparingTo(
                            startBalance.get(user).subtract(charged).add(refunded));
            assertThat(charged.subtract(refunded)).as("net charges of %s", user).isEqualByComparingTo(processedTotal);
        }
        for (String product : products) {
            assertThat(stock(product))
                    .as("stock of %s", product)
                    .isEqualTo(startStock.get(product) - processedQuantities.getOrDefault(product, 0));
        }
        System.out.println("burst outcomes: " + outcomes);
        assertThat(outcomes.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(500);
        assertThat(outcomes).containsKeys("PROCESSED", "CANCELLED/PAYMENT_DECLINED", "CANCELLED/OUT_OF_STOCK");
    }

    /** Every item of a paged list route, page by page. */
    private static List<Map<String, Object>> all(String path, String filter, String value) {
        List<Map<String, Object>> items = new ArrayList<>();
        for (int page = 0; ; page++) {
            JsonPath json = http().queryParam(filter, value)
                    .queryParam("page", page)
                    .queryParam("size", 100)
                    .get(path)
                    .jsonPath();
            List<Map<String, Object>> some = json.getList("items");
            items.addAll(some);
            if (items.size() >= json.getLong("totalItems") || some.isEmpty()) {
                return items;
            }
        }
    }
}
