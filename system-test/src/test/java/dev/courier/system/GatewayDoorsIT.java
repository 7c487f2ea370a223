package dev.courier.system;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import dev.courier.testing.AllServices;
import dev.courier.testing.ServiceApis;
import dev.courier.testing.TestServer;
import dev.courier.testing.Tokens;
import dev.courier.tokens.DevTokens;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.nio.charset.StandardCharsets;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The gateway's doors: orders and users open only to a valid token of the identity provider, and
 * then only the caller's own (a shop admin's: everyone's). Every refusal is a problem document and
 * changes nothing; another customer's order or user record is answered as one that is not there.
 */
@ExtendWith(ArquillianExtension.class)
class GatewayDoorsIT extends AllServices {

    private static final String PROBLEM = "application/problem+json";

    /** A product of this test's own, in stock. */
    private String kettle;

    @BeforeEach
    void aProduct() {
        kettle = ServiceApis.newProduct("Door kettle", 30, 1000);
    }

    /** A customer with a funded account and one order, placed with their token. */
    private record Customer(String id, String order) {}

    private Customer customerWithAnOrder(String name) {
        String id = ServiceApis.newCustomer(name, 500);
        String order = asCustomer(id)
                .body(Map.of("products", List.of(Map.of("productId", kettle, "quantity", 1))))
                .post("/api/orders")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        return new Customer(id, order);
    }

    private static int ordersOf(String user) {
        return http().queryParam("userId", user)
                .get("/order/api/orders")
                .then()
                .statusCode(200)
                .extract()
                .path("totalItems");
    }

    /** Every route of the gateway that needs a signed-in caller, as a request on {@code customer}'s things. */
    private Map<String, Function<RequestSpecification, Response>> routes(Customer customer) {
        Map<String, Function<RequestSpecification, Response>> routes = new LinkedHashMap<>();
        routes.put("GET /api/orders", request -> request.get("/api/orders"));
        routes.put("GET /api/orders/{id}", request -> request.get("/api/orders/{id}", customer.order()));
        routes.put(
                "GET /api/orders/{id}/details", request -> request.get("/api/orders/{id}/details", customer.order()));
        routes.put("GET /api/users/{id}", request -> request.get("/api/users/{id}", customer.id()));
        routes.put(
                "POST /api/orders",
                request -> request.contentType(ContentType.JSON)
                        .body(Map.of(
                                "userId",
                                customer.id(),
                                "products",
                                List.of(Map.of("productId", kettle, "quantity", 1))))
                        .post("/api/orders"));
        return routes;
    }

    /** Tokens that must not let anyone in, each made as its attacker or its bug would make it. */
    private static Map<String, String> invalidTokens(Customer customer) throws NoSuchAlgorithmException {
        UUID id = UUID.fromString(customer.id());
        long now = System.currentTimeMillis() / 1000;
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        PrivateKey someoneElsesKey = generator.generateKeyPair().getPrivate();
        String valid = Tokens.customer(id);
        String noneHeader = Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString("{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));

        Map<String, String> tokens = new LinkedHashMap<>();
        tokens.put("expired", Tokens.sign(Tokens.claims(id).issuedAt(now - 3600).expiresAt(now - 600)));
        tokens.put("not yet valid", Tokens.sign(Tokens.claims(id).claim("nbf", now + 600)));
        tokens.put("wrong issuer", Tokens.sign(Tokens.claims(id).issuer("https://issuer.example")));
        tokens.put("wrong audience", Tokens.sign(Tokens.claims(id).audience("another-api")));
        tokens.put("signed with another key", Tokens.claims(id).sign(someoneElsesKey));
        tokens.put("alg none", noneHeader + "." + valid.split("\\.")[1] + ".");
        tokens.put("signature cut off", valid.substring(0, valid.lastIndexOf('.') + 1));
        tokens.put("not a token", "not-a-token");
        return tokens;
    }

    private static void assertProblem(ExtractableResponse<Response> answer, int status, String what) {
        assertThat(answer.statusCode()).as(what).isEqualTo(status);
        assertThat(answer.contentType()).as(what).startsWith(PROBLEM);
        assertThat(answer.jsonPath().<Object>get("status")).as(what).isEqualTo(status);
        assertThat(answer.asString()).as(what).doesNotContain("Exception", "\tat ");
    }

    @Test
    void withoutAValidTokenEveryRouteIsRefused401WithABearerChallengeAndNothingChanges() throws Exception {
        Customer ada = customerWithAnOrder("ada");
        int ordersBefore = ordersOf(ada.id());

        for (var route : routes(ada).entrySet()) {
            var answer = route.getValue()
                    .apply(given().baseUri(TestServer.httpUrl()))
                    .then()
                    .extract();
            assertProblem(answer, 401, "no token, " + route.getKey());
            assertThat(answer.header("WWW-Authenticate")).isEqualTo("Bearer realm=\"Courier\"");
            for (var token : invalidTokens(ada).entrySet()) {
                String what = token.getKey() + ", " + route.getKey();
                answer = route.getValue()
                        .apply(Tokens.bearing(token.getValue()))
                        .then()
                        .extract();
                assertProblem(answer, 401, what);
                assertThat(answer.header("WWW-Authenticate"))
                        .as(what)
                        .isEqualTo("Bearer realm=\"Courier\", error=\"invalid_token\"");
            }
        }

        assertThat(ordersOf(ada.id())).isEqualTo(ordersBefore);
    }

    @Test
    void aTokenWithoutACourierRoleIsRefused403() {
        Customer grace = customerWithAnOrder("grace");
        String noRole = Tokens.sign(DevTokens.claims(grace.id(), Set.of("auditor"), DevTokens.LIFETIME));
        for (var route : routes(grace).entrySet()) {
            assertProblem(route.getValue().apply(Tokens.bearing(noRole)).then().extract(), 403, route.getKey());
        }
        assertThat(ordersOf(grace.id())).isEqualTo(1);
    }

    @Test
    void aCustomerSeesAnotherCustomersOrdersAndRecordAsNotThere() {
        Customer ada = customerWithAnOrder("ada");
        Customer alan = customerWithAnOrder("alan");
        var notThere = asCustomer(alan.id())
                .get("/api/orders/{id}", UUID.randomUUID())
                .then()
                .extract();
        assertProblem(notThere, 404, "an order that is not there");

        for (String path : List.of("/api/orders/{id}", "/api/orders/{id}/details")) {
            var answer = asCustomer(alan.id()).get(path, ada.order()).then().extract();
            assertProblem(answer, 404, path);
            // word for word the answer to an order that does not exist (only the occurrence's id differs)
            assertThat(answer.jsonPath().<Object>get("detail"))
                    .isEqualTo(notThere.jsonPath().get("detail"));
            assertThat(answer.jsonPath().<Object>get("title"))
                    .isEqualTo(notThere.jsonPath().get("title"));
        }
        assertProblem(
                asCustomer(alan.id()).get("/api/users/{id}", ada.id()).then().extract(), 404, "user");
        asCustomer(ada.id()).get("/api/orders/{id}", ada.order()).then().statusCode(200);
        asCustomer(ada.id()).get("/api/users/{id}", ada.id()).then().statusCode(200);
    }

    @Test
    void aCustomerPlacesOrdersForThemselvesOnly() {
        Customer ada = customerWithAnOrder("ada");
        Customer alan = customerWithAnOrder("alan");

        var forAda = asCustomer(alan.id())
                .body(Map.of("userId", ada.id(), "products", List.of(Map.of("productId", kettle, "quantity", 1))))
                .post("/api/orders")
                .then()
                .extract();
        assertProblem(forAda, 403, "an order for someone else");
        assertThat(ordersOf(ada.id())).isEqualTo(1);
        assertThat(ordersOf(alan.id())).isEqualTo(1);

        // the body may name the caller, or nobody: the customer is the one signed in
        var named = asCustomer(alan.id())
                .body(Map.of("userId", alan.id(), "products", List.of(Map.of("productId", kettle, "quantity", 1))))
                .post("/api/orders")
                .then()
                .statusCode(201)
                .extract();
        assertThat(named.jsonPath().<Object>get("userId")).isEqualTo(alan.id());
        assertThat(ordersOf(alan.id())).isEqualTo(2);
    }

    @Test
    void aCustomerListsTheirOwnOrdersAPageAtATime() {
        Customer ada = customerWithAnOrder("ada");
        Customer alan = customerWithAnOrder("alan");
        asCustomer(ada.id())
                .body(Map.of("products", List.of(Map.of("productId", kettle, "quantity", 2))))
                .post("/api/orders")
                .then()
                .statusCode(201);

        var page = asCustomer(ada.id())
                .queryParam("size", 1)
                .get("/api/orders")
                .then()
                .statusCode(200)
                .extract();
        assertThat(page.jsonPath().<Object>get("totalItems")).isEqualTo(2);
        assertThat(page.jsonPath().getList("items")).hasSize(1);
        assertThat(asCustomer(ada.id())
                        .get("/api/orders")
                        .then()
                        .statusCode(200)
                        .extract()
                        .jsonPath()
                        .getList("items.userId"))
                .containsOnly(ada.id());

        // naming another customer is for shop admins: a customer's token on that route is refused
        assertProblem(
                asCustomer(alan.id())
                        .queryParam("userId", ada.id())
                        .get("/api/orders")
                        .then()
                        .extract(),
                403,
                "another customer's orders");
        assertProblem(
                asCustomer(ada.id())
                        .queryParam("size", 0)
                        .get("/api/orders")
                        .then()
                        .extract(),
                400,
                "size 0");
        var notAnId = asCustomer(ada.id())
                .queryParam("userId", "not-a-uuid")
                .get("/api/orders")
                .then()
                .extract();
        assertProblem(notAnId, 400, "userId not a UUID");
        assertThat(notAnId.jsonPath().getList("errors.field")).containsExactly("userId");
    }

    @Test
    void aShopAdminReadsEveryonesOrdersAndRecords() {
        Customer ada = customerWithAnOrder("ada");
        asShopAdmin().get("/api/orders/{id}", ada.order()).then().statusCode(200);
        assertThat(asShopAdmin()
                        .get("/api/orders/{id}/details", ada.order())
                        .then()
                        .statusCode(200)
                        .extract()
                        .<Object>path("user.id"))
                .isEqualTo(ada.id());
        asShopAdmin().get("/api/users/{id}", ada.id()).then().statusCode(200);
        var adas = asShopAdmin()
                .queryParam("userId", ada.id())
                .get("/api/orders")
                .then()
                .statusCode(200)
                .extract();
        assertThat(adas.jsonPath().getList("items.id")).containsExactly(ada.order());
    }
}
