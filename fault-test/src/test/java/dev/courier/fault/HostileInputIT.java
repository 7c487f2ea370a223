package dev.courier.fault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.courier.testing.Credentials;
import dev.courier.testing.TestServer;
import dev.courier.testing.Tokens;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Hostile input against every public and internal route: malformed and truncated JSON, wrong
 * types, missing and extra fields, zero, negative and huge numbers, numbers beyond 64 bits, very
 * long strings, control characters, oversized bodies, traversal- and injection-looking ids, wrong
 * content types and methods. Every answer must be a 4xx {@code application/problem+json} without
 * a stack trace or internal detail, and the state must be the same before and after.
 */
class HostileInputIT {

    private static CourierServer server;
    private static Shop shop;
    private static String user;
    private static String product;
    private static String order;

    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2))
            .build();

    /** The operator's credentials: most attacks come from inside, past the services' login. */
    private static final String OPERATOR = Credentials.operator().basicAuthorization();

    /** The customer's token: attacks through the gateway come from a signed-in customer. */
    private static String customer;

    /**
     * One request; {@code authorization} is its Authorization header, or null for none: by default the
     * customer's token for the gateway, the operator's credentials for a service.
     */
    record Attack(String method, String path, String contentType, String body, String authorization) {

        Attack(String method, String path, String contentType, String body) {
            this(method, path, contentType, body, path.startsWith("/api/") ? customer : OPERATOR);
        }

        @Override
        public String toString() {
            String shown = body == null
                    ? ""
                    : body.length() > 300 ? body.substring(0, 300) + "...(" + body.length() + " chars)" : body;
            String login = OPERATOR.equals(authorization) || authorization != null && authorization.equals(customer)
                    ? ""
                    : " {Authorization: "
                            + (authorization == null
                                    ? "none"
                                    : authorization.length() > 60
                                            ? authorization.substring(0, 60) + "..."
                                            : authorization)
                            + "}";
            return method + " " + path + (contentType == null ? "" : " [" + contentType + "]") + login + " " + shown;
        }
    }

    @BeforeAll
    static void startWithData() {
        // the attacks through the gateway come from one customer, more than its quota a minute: lifted,
        // so that each is answered for what it is (RateLimitIT tests the quotas)
        server = new CourierServer("hostile")
                .withEnvironment(Map.of(
                        "COURIER_GATEWAY_RATE_LIMIT_REQUESTS", "100000",
                        "COURIER_GATEWAY_RATE_LIMIT_PLACEMENTS", "100000"))
                .start();
        shop = new Shop(1, 2);
        user = shop.startBalance.keySet().iterator().next();
        product = shop.startStock.keySet().iterator().next();
        shop.place(1, 1);
        order = shop.accepted.iterator().next();
        customer = "Bearer " + Tokens.customer(UUID.fromString(user));
        // the chain finishes the order before the state is taken: only the attacks may change it
        await().atMost(TestServer.scaled(Duration.ofMinutes(1))).until(() -> shop.pending() == 0);
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void everyHostileRequestIsA4xxProblemAndChangesNothing() {
        List<Attack> attacks = attacks();
        String before = state();

        Map<String, List<String>> wrong = new TreeMap<>();
        Map<Integer, Integer> statuses = new TreeMap<>();
        for (Attack attack : attacks) {
            HttpResponse<String> answer = send(attack);
            statuses.merge(answer.statusCode(), 1, Integer::sum);
            String type = answer.headers().firstValue("Content-Type").orElse("");
            String body = answer.body();
            String problem = answer.statusCode() < 400 || answer.statusCode() >= 500
                    ? "status " + answer.statusCode()
                    : !type.startsWith("application/problem+json")
                            ? "content type " + type
                            : body.contains("Exception")
                                            || body.contains("\tat ")
                                            || body.contains("at org.")
                                            || body.contains("at java.")
                                            || body.toLowerCase().contains("sql")
                                            || body.contains("hibernate")
                                    ? "internal detail in " + body
                                    : null;
            if (problem != null) {
                wrong.computeIfAbsent(
                                problem.length() > 160 ? problem.substring(0, 160) : problem,
                                ignored -> new ArrayList<>())
                        .add(attack.toString());
            }
        }
        String after = state();
        long fiveHundreds = statuses.entrySet().stream()
                .filter(e -> e.getKey() >= 500)
                .mapToLong(Map.Entry::getValue)
                .sum();
        System.out.printf(
                "hostile input: %d requests, answers by status %s, 5xx %d, wrong answers %d, state changed: %s%n",
                attacks.size(),
                statuses,
                fiveHundreds,
                wrong.values().stream().mapToInt(List::size).sum(),
                !before.equals(after));

        assertThat(attacks).hasSizeGreaterThanOrEqualTo(500);
        assertThat(wrong).as("answers that are not a clean 4xx problem").isEmpty();
        assertThat(after).as("state after the attacks").isEqualTo(before);
    }

    /** What the attacks could have changed: totals, and the customer, account, product and order they aim at. */
    private String state() {
        return String.join(
                "\n",
                get("/order/api/orders?size=1").replaceAll("\"items\":\\[.*\\]", ""),
                get("/inventory/api/products?size=1").replaceAll("\"items\":\\[.*\\]", ""),
                get("/order/api/users/" + user),
                get("/payment/api/accounts/" + user),
                get("/payment/api/payments?userId=" + user),
                get("/inventory/api/products/" + product),
                get("/order/api/orders/" + order),
                get("/order/api/orders?userId=" + user));
    }

    private List<Attack> attacks() {
        String json = "application/json";
        List<Attack> attacks = new ArrayList<>();
        String validOrder =
                "{\"userId\":\"" + user + "\",\"products\":[{\"productId\":\"" + product + "\",\"quantity\":1}]}";
        Map<String, String> bodyRoutes = new LinkedHashMap<>();
        bodyRoutes.put("POST /api/orders", validOrder);
        bodyRoutes.put("POST /order/api/orders", validOrder);
        bodyRoutes.put(
                "POST /order/api/users", "{\"name\":\"Eve\",\"email\":\"eve-" + System.nanoTime() + "@example.com\"}");
        bodyRoutes.put("PUT /payment/api/accounts/" + user, "{\"balance\":10.00}");
        bodyRoutes.put("POST /inventory/api/products", "{\"name\":\"Thing\",\"price\":1.00,\"stock\":1}");
        bodyRoutes.put("PUT /inventory/api/products/" + product + "/stock", "{\"stock\":1}");
        bodyRoutes.put("POST /inventory/api/products/" + product + "/restock", "{\"quantity\":1}");

        // malformed, truncated and wrongly typed documents, on every route with a body
        List<String> malformed = List.of(
                "",
                " ",
                "{",
                "}",
                "[]",
                "[",
                "null",
                "true",
                "42",
                "\"text\"",
                "{\"a\":}",
                "{'a': 1}",
                "{\"a\" 1}",
                "{\"a\":1,}",
                "{\"a\":1}}",
                "\u0000",
                "{\"a\":\"\\u00\"}",
                "{\"a\":NaN}",
                "{\"a\":Infinity}",
                "<xml/>",
                "{\"a\":1 /* comment */}",
                "\uFEFF{}",
                "{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{",
                "[".repeat(5000) + "]".repeat(5000),
                "{\"a\":" + "[".repeat(3000) + "]".repeat(3000) + "}");
        Random random = new Random(5);
        for (Map.Entry<String, String> route : bodyRoutes.entrySet()) {
            String[] methodAndPath = route.getKey().split(" ", 2);
            String valid = route.getValue();
            for (String body : malformed) {
                attacks.add(new Attack(methodAndPath[0], methodAndPath[1], json, body));
            }
            for (int cut = 0; cut < 6; cut++) { // truncated at random points
                attacks.add(new Attack(
                        methodAndPath[0],
                        methodAndPath[1],
                        json,
                        valid.substring(0, 1 + random.nextInt(valid.length() - 1))));
            }
            attacks.add(new Attack(methodAndPath[0], methodAndPath[1], json, "{}"));
            attacks.add(
                    new Attack(methodAndPath[0], methodAndPath[1], json, valid.replaceFirst("}$", ",\"admin\":true}")));
            attacks.add(new Attack(methodAndPath[0], methodAndPath[1], "text/plain", valid));
            attacks.add(new Attack(methodAndPath[0], methodAndPath[1], "application/xml", "<order/>"));
            attacks.add(new Attack(
                    methodAndPath[0], methodAndPath[1], "application/x-www-form-urlencoded", "userId=1&quantity=2"));
            attacks.add(new Attack(methodAndPath[0], methodAndPath[1], json, "{\"x\":\"" + "a".repeat(70_000) + "\"}"));
            attacks.add(
                    new Attack(methodAndPath[0], methodAndPath[1], json, "{\"x\":\"" + "a".repeat(2_000_000) + "\"}"));
        }

        // orders: every field wrong in every way
        List<String> badUuids = List.of(
                "1",
                "true",
                "null",
                "\"\"",
                "\"not-a-uuid\"",
                "\"" + user + "x\"",
                "[]",
                "{}",
                "\"../../etc/passwd\"",
                "\"' OR '1'='1\"",
                "\"00000000-0000-0000-0000-00000000000\"");
        List<String> badQuantities = List.of(
                "-1",
                "-2147483648",
                "2147483648",
                "9223372036854775807",
                "9223372036854775808",
                "123456789012345678901234567890",
                "1.5",
                "1e3",
                "1e400",
                "-0.0",
                "\"3\"",
                "null",
                "true",
                "[]",
                "{}");
        for (String path : List.of("/api/orders", "/order/api/orders")) {
            for (String uuid : badUuids) {
                attacks.add(new Attack(
                        "POST",
                        path,
                        json,
                        "{\"userId\":" + uuid + ",\"products\":[{\"productId\":\"" + product + "\",\"quantity\":1}]}"));
                attacks.add(new Attack(
                        "POST",
                        path,
                        json,
                        "{\"userId\":\"" + user + "\",\"products\":[{\"productId\":" + uuid + ",\"quantity\":1}]}"));
            }
            for (String quantity : concat(badQuantities, List.of("0", "1001", "2147483647"))) {
                attacks.add(new Attack(
                        "POST",
                        path,
                        json,
                        "{\"userId\":\"" + user + "\",\"products\":[{\"productId\":\"" + product + "\",\"quantity\":"
                                + quantity + "}]}"));
            }
            for (String products : List.of(
                    "[]",
                    "null",
                    "\"x\"",
                    "{}",
                    "[null]",
                    "[1]",
                    "[{}]",
                    "[{\"quantity\":1}]",
                    "[{\"productId\":\"" + product + "\"}]",
                    "[" + ("{\"productId\":\"" + product + "\",\"quantity\":1},").repeat(120) + "{}]")) {
                attacks.add(
                        new Attack("POST", path, json, "{\"userId\":\"" + user + "\",\"products\":" + products + "}"));
            }
            attacks.add(new Attack("POST", path, json, "{\"userId\":\"" + user + "\"}"));
            if (!path.startsWith("/api/")) { // at the gateway an order without userId is the signed-in customer's
                attacks.add(new Attack(
                        "POST", path, json, "{\"products\":[{\"productId\":\"" + product + "\",\"quantity\":1}]}"));
            }
            attacks.add(new Attack(
                    "POST",
                    path,
                    json,
                    "{\"userId\":\"" + user + "\",\"products\":[{\"productId\":\"" + product
                            + "\",\"quantity\":1,\"unitPrice\":0.01}]}"));
            attacks.add(new Attack(
                    "POST",
                    path,
                    json,
                    "{\"userId\":\"" + java.util.UUID.randomUUID() + "\",\"products\":[{\"productId\":\"" + product
                            + "\",\"quantity\":1}]}"));
            attacks.add(new Attack(
                    "POST",
                    path,
                    json,
                    "{\"userId\":\"" + user + "\",\"products\":[{\"productId\":\"" + java.util.UUID.randomUUID()
                            + "\",\"quantity\":1}]}"));
        }

        // customers: names and addresses
        List<String> badNames = List.of(
                "null",
                "\"\"",
                "\"   \"",
                "1",
                "[]",
                "\"" + "n".repeat(201) + "\"",
                "\"" + "n".repeat(10_000) + "\"",
                "\"Eve\\u0000\"",
                "\"Eve\\u0007bell\"",
                "\"Eve\\nMallory\"",
                "\"\\u001b[31mred\"",
                "\"Eve\\u0085\"",
                "\"\\u009b\"");
        List<String> badEmails = List.of(
                "null",
                "\"\"",
                "\"eve\"",
                "\"eve@\"",
                "\"@example.com\"",
                "\"eve@example.com\\u0000\"",
                "\"" + "e".repeat(250) + "@example.com\"",
                "\"eve@example.com' OR 1=1 --\"",
                "\"<script>@x.com\"",
                "42");
        for (String name : badNames) {
            attacks.add(new Attack(
                    "POST",
                    "/order/api/users",
                    json,
                    "{\"name\":" + name + ",\"email\":\"n-" + attacks.size() + "@example.com\"}"));
        }
        for (String email : badEmails) {
            attacks.add(new Attack("POST", "/order/api/users", json, "{\"name\":\"Eve\",\"email\":" + email + "}"));
        }
        attacks.add(new Attack("POST", "/order/api/users", json, "{\"name\":\"Eve\"}"));
        attacks.add(new Attack("POST", "/order/api/users", json, "{\"email\":\"eve@example.com\"}"));

        // money: balances and prices
        List<String> badAmounts = List.of(
                "-0.01",
                "-1",
                "1000000000.01",
                "1e400",
                "1e-400",
                "0.001",
                "123456789012345678901234567890",
                "\"10\"",
                "null",
                "true",
                "[]",
                "{}",
                "NaN",
                "1e2147483648",
                "-1e2147483648");
        for (String amount : badAmounts) {
            attacks.add(new Attack("PUT", "/payment/api/accounts/" + user, json, "{\"balance\":" + amount + "}"));
            attacks.add(new Attack(
                    "POST",
                    "/inventory/api/products",
                    json,
                    "{\"name\":\"Thing\",\"price\":" + amount + ",\"stock\":1}"));
        }
        for (String name : badNames) {
            attacks.add(new Attack(
                    "POST", "/inventory/api/products", json, "{\"name\":" + name + ",\"price\":1.00,\"stock\":1}"));
        }
        for (String quantity : badQuantities) {
            attacks.add(new Attack(
                    "POST",
                    "/inventory/api/products",
                    json,
                    "{\"name\":\"Thing\",\"price\":1.00,\"stock\":" + quantity + "}"));
            attacks.add(new Attack(
                    "PUT", "/inventory/api/products/" + product + "/stock", json, "{\"stock\":" + quantity + "}"));
            attacks.add(new Attack(
                    "POST",
                    "/inventory/api/products/" + product + "/restock",
                    json,
                    "{\"quantity\":" + quantity + "}"));
        }

        // ids in paths that are no ids, on every route with one
        List<String> badIds = List.of(
                "not-a-uuid",
                "1",
                "-1",
                "%00",
                "%2e%2e%2f%2e%2e%2fetc%2fpasswd",
                "..%2F..%2Fconfiguration",
                "%27%20OR%20%271%27%3D%271",
                "%3Cscript%3Ealert(1)%3C%2Fscript%3E",
                "00000000-0000-0000-0000-00000000000g",
                "x".repeat(3000),
                "%E2%80%AE",
                "%F0%9F%92%A5",
                java.util.UUID.randomUUID().toString());
        for (String id : badIds) {
            for (String path : List.of(
                    "/api/orders/%s/details",
                    "/api/orders/%s",
                    "/api/products/%s",
                    "/api/users/%s",
                    "/order/api/users/%s",
                    "/order/api/orders/%s",
                    "/payment/api/accounts/%s",
                    "/inventory/api/products/%s")) {
                attacks.add(new Attack("GET", String.format(path, id), null, null));
            }
            if (!id.matches("[0-9a-f-]{36}")) { // any well-formed id may open an account
                attacks.add(new Attack("PUT", "/payment/api/accounts/" + id, json, "{\"balance\":10.00}"));
            }
            attacks.add(new Attack("PUT", "/inventory/api/products/" + id + "/stock", json, "{\"stock\":1}"));
            attacks.add(new Attack("POST", "/inventory/api/products/" + id + "/restock", json, "{\"quantity\":1}"));
        }

        // query parameters
        for (String query : List.of(
                "size=-1",
                "size=0",
                "size=100001",
                "size=abc",
                "page=-1",
                "page=99999999999",
                "page=x",
                "size=9223372036854775808",
                "page=1e3")) {
            attacks.add(new Attack("GET", "/order/api/orders?" + query, null, null));
            attacks.add(new Attack("GET", "/inventory/api/products?" + query, null, null));
            attacks.add(new Attack("GET", "/api/products?" + query, null, null));
            attacks.add(new Attack("GET", "/api/orders?" + query, null, null));
        }
        for (String query : List.of(
                "status=SHIPPED", "status=pending", "status=%27%20OR%201%3D1", "userId=not-a-uuid", "userId=%00")) {
            attacks.add(new Attack("GET", "/order/api/orders?" + query, null, null));
            attacks.add(new Attack("GET", "/api/orders?" + query, null, null));
        }
        for (String query : List.of("", "orderId=x", "userId=x", "orderId=%00", "userId=" + "a".repeat(2000))) {
            attacks.add(new Attack("GET", "/payment/api/payments" + (query.isEmpty() ? "" : "?" + query), null, null));
        }
        attacks.add(new Attack("GET", "/inventory/api/products?id=x", null, null));
        attacks.add(new Attack("GET", "/inventory/api/products?id=" + product + "&id=%27%20OR%201%3D1", null, null));
        attacks.add(new Attack("GET", "/inventory/api/products?" + ("id=" + product + "&").repeat(101), null, null));

        // methods a route does not have
        for (String path : List.of(
                "/api/orders",
                "/api/orders/" + order,
                "/api/orders/" + order + "/details",
                "/api/products",
                "/api/users/" + user,
                "/order/api/users",
                "/order/api/users/" + user,
                "/order/api/orders/" + order,
                "/payment/api/accounts/" + user,
                "/payment/api/payments?userId=" + user,
                "/inventory/api/products/" + product)) {
            for (String method : List.of("DELETE", "PATCH", "PUT")) {
                if (!(method.equals("PUT") && path.startsWith("/payment/api/accounts/"))) {
                    attacks.add(new Attack(method, path, json, "{}"));
                }
            }
        }

        // the gateway's signed-in routes and the services' own APIs without valid credentials (401), the services'
        // with a service's that lacks the role (403);
        // wrong passwords only for a user that does not exist, as repeated failures would lock a real one
        List<String> noLogin = new ArrayList<>(Arrays.asList(
                null,
                "",
                "Basic",
                "Basic ",
                "Basic !!!",
                "basic !!!",
                "Basic a",
                "Basic abc",
                "Basic ====",
                "Basic b3BlcmF0b3I6=x",
                "Basic " + base64("operator"),
                "Basic " + base64(":"),
                "Basic " + base64("mallory:operator"),
                "Basic " + base64("' OR '1'='1:x"),
                "Bearer eyJhbGciOiJub25lIn0.eyJzdWIiOiJvcGVyYXRvciJ9.",
                "Digest username=\"operator\"",
                "Basic " + "QUFB".repeat(2000)));
        Map<String, String> wrongRole = Map.of(
                "/payment/", Credentials.of("gateway").basicAuthorization(),
                "/order/", Credentials.of("order-service").basicAuthorization());
        for (Map.Entry<String, String> route : bodyRoutes.entrySet()) {
            String[] methodAndPath = route.getKey().split(" ", 2);
            for (String authorization : noLogin) {
                attacks.add(new Attack(methodAndPath[0], methodAndPath[1], json, route.getValue(), authorization));
                attacks.add(new Attack("GET", methodAndPath[1], null, null, authorization));
            }
            wrongRole.forEach((service, authorization) -> {
                if (methodAndPath[1].startsWith(service)) {
                    attacks.add(new Attack(methodAndPath[0], methodAndPath[1], json, route.getValue(), authorization));
                    attacks.add(new Attack("GET", methodAndPath[1], null, null, authorization));
                }
            });
        }
        return attacks;
    }

    private static String base64(String text) {
        return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    private static List<String> concat(List<String> some, List<String> more) {
        List<String> all = new ArrayList<>(some);
        all.addAll(more);
        return all;
    }

    private HttpResponse<String> send(Attack attack) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(TestServer.httpUrl() + attack.path()))
                .timeout(Duration.ofSeconds(30))
                .header("Accept", "application/json, application/problem+json");
        if (attack.authorization() != null) {
            request.header("Authorization", attack.authorization());
        }
        if (attack.contentType() != null) {
            request.header("Content-Type", attack.contentType());
        }
        request.method(
                attack.method(),
                attack.body() == null
                        ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(attack.body()));
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException("sending " + attack, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private String get(String path) {
        return send(new Attack("GET", path, null, null)).body();
    }
}
