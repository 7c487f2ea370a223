package dev.courier.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.courier.tokens.DevTokens;
import dev.courier.tokens.SigningKeys;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Courier's HTTP API as the benchmarks need it outside the measured requests: creating their own
 * users, accounts, products and orders, and reading state back to check the books.
 */
final class Courier {

    static final String URL = System.getProperty("bench.url", "http://localhost:8080");
    static final ObjectMapper JSON = new ObjectMapper();
    static final Path RESULTS = Path.of(System.getProperty("bench.results", "target/results"));

    /**
     * The operator's Authorization header for the services' own APIs (the gateway wants a token: {@link #bearer}): the
     * password generated for the benchmark's server, or for another one with
     * {@code -Dbench.credentials=<its configuration>/courier-credentials}. Read when first needed
     * (the report, which only reads results, never needs it).
     */
    static String operator() {
        return Operator.AUTHORIZATION;
    }

    private static final class Operator {
        static final String AUTHORIZATION = operator(Path.of(
                System.getProperty("bench.credentials", "../target/standalone/configuration/courier-credentials")));
    }

    /**
     * The Authorization header of the measured requests to the gateway: a shop admin's token of the
     * benchmark server's development sign-in (its key pair next to the credentials), valid for three
     * hours, so that one benchmark run never sees it expire. A shop admin passes the same checks as a
     * customer (signature, issuer, audience, expiry, ownership), only ownership always holds.
     */
    static String bearer() {
        return Bearer.AUTHORIZATION;
    }

    /** The Authorization header of {@code subject} with {@code role}, valid for three hours. */
    static String bearer(String subject, String role) {
        return "Bearer "
                + DevTokens.claims(subject, Set.of(role), Duration.ofHours(3))
                        .sign(SigningKeys.privateKey(Path.of(System.getProperty(
                                        "bench.credentials", "../target/standalone/configuration/courier-credentials"))
                                .resolveSibling("courier-jwt")));
    }

    private static final class Bearer {
        static final String AUTHORIZATION = bearer("bench", DevTokens.SHOP_ADMIN);
    }

    private static final HttpClient CLIENT =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private Courier() {}

    static JsonNode get(String path) {
        return send(HttpRequest.newBuilder(URI.create(URL + path)).GET(), 200);
    }

    static JsonNode post(String path, Object body) {
        return send(HttpRequest.newBuilder(URI.create(URL + path)).POST(json(body)), 201);
    }

    static JsonNode put(String path, Object body) {
        return send(HttpRequest.newBuilder(URI.create(URL + path)).PUT(json(body)), 200, 201);
    }

    private static HttpRequest.BodyPublisher json(Object body) {
        try {
            return HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode send(HttpRequest.Builder request, int... expected) {
        try {
            HttpResponse<String> response = CLIENT.send(
                    request.header("Content-Type", "application/json")
                            .header("Accept", "application/json")
                            .header("Authorization", operator())
                            .timeout(Duration.ofSeconds(30))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            for (int status : expected) {
                if (response.statusCode() == status) {
                    return JSON.readTree(response.body());
                }
            }
            throw new IllegalStateException(
                    request.build().uri() + " answered " + response.statusCode() + ": " + response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A new user with an account holding {@code balance}; returns the user's id. */
    static String user(BigDecimal balance) {
        String id = post(
                        "/order/api/users",
                        Map.of("name", "Bench customer", "email", "bench-" + UUID.randomUUID() + "@example.com"))
                .get("id")
                .asText();
        put("/payment/api/accounts/" + id, Map.of("balance", balance));
        return id;
    }

    /** A new product; returns its id. */
    static String product(BigDecimal price, int stock) {
        return post(
                        "/inventory/api/products",
                        Map.of("name", "Bench product " + UUID.randomUUID(), "price", price, "stock", stock))
                .get("id")
                .asText();
    }

    /** An order of {@code userId} for the given product lines (id to quantity), as its JSON body. */
    static ObjectNode order(String userId, Map<String, Integer> lines) {
        ObjectNode order = JSON.createObjectNode().put("userId", userId);
        lines.forEach((product, quantity) -> order.withArray("products")
                .addObject()
                .put("productId", product)
                .put("quantity", quantity));
        return order;
    }

    /** Every item of a paged list route. */
    static List<JsonNode> all(String pathWithQuery) {
        List<JsonNode> items = new ArrayList<>();
        for (int page = 0; ; page++) {
            JsonNode json = get(pathWithQuery + (pathWithQuery.contains("?") ? "&" : "?") + "size=100&page=" + page);
            json.get("items").forEach(items::add);
            if (items.size() >= json.get("totalItems").asLong()
                    || json.get("items").isEmpty()) {
                return items;
            }
        }
    }

    static long pendingOrders() {
        return get("/order/api/orders?status=PENDING&size=1").get("totalItems").asLong();
    }

    private static String operator(Path credentials) {
        Path file = credentials.resolve("courier.credentials.operator");
        try {
            String password = Files.readString(file).strip();
            return "Basic "
                    + Base64.getEncoder().encodeToString(("operator:" + password).getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(
                    "no operator password at " + file.toAbsolutePath() + " (set -Dbench.credentials)", e);
        }
    }

    static void write(String name, Object result) {
        try {
            Files.createDirectories(RESULTS);
            JSON.writerWithDefaultPrettyPrinter()
                    .writeValue(RESULTS.resolve(name).toFile(), result);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
