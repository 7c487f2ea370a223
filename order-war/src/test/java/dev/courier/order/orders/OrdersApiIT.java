package dev.courier.order.orders;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import dev.courier.order.stubs.CatalogStub;
import dev.courier.order.stubs.StubDeployments;
import dev.courier.testing.Deployments;
import dev.courier.testing.ServiceApis;
import dev.courier.testing.TestServer;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The order service's HTTP API from the outside, priced by a stub catalog. */
@ExtendWith(ArquillianExtension.class)
class OrdersApiIT {

    private static final String PROBLEM = "application/problem+json";

    @Deployment(name = "catalog", order = 1, testable = false)
    static WebArchive catalog() {
        return StubDeployments.catalog();
    }

    @Deployment(name = "order", order = 2, testable = false)
    static WebArchive order() {
        return Deployments.builtWar("order");
    }

    private String userId;

    private static RequestSpecification api() {
        return ServiceApis.asOperator().basePath("/order/api").contentType(ContentType.JSON);
    }

    @BeforeEach
    void registerUser() {
        userId = api().body(Map.of("name", "Ada", "email", "ada-" + UUID.randomUUID() + "@example.com"))
                .post("/users")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    private static Map<String, Object> line(String productId, int quantity) {
        return Map.of("productId", productId, "quantity", quantity);
    }

    @Test
    void placedOrderIsCreatedPricedAndReadBack() {
        var placed = api().body(Map.of(
                        "userId", userId, "products", List.of(line(CatalogStub.BEANS, 2), line(CatalogStub.MUG, 1))))
                .post("/orders")
                .then()
                .statusCode(201)
                .extract();
        assertThat(placed.header("Location")).isNotNull();
        assertThat(placed.jsonPath().<Object>get("id")).isNotNull();
        assertThat(placed.jsonPath().<Object>get("userId")).isEqualTo(userId);
        assertThat(placed.jsonPath().getList("products.productId")).containsExactly(CatalogStub.BEANS, CatalogStub.MUG);
        assertThat(placed.jsonPath().getList("products.quantity")).containsExactly(2, 1);
        assertThat(placed.jsonPath().getList("products.unitPrice")).containsExactly(24.9f, 12.5f);
        assertThat(placed.jsonPath().<Object>get("total")).isEqualTo(62.3f);
        assertThat(placed.jsonPath().<Object>get("status")).isEqualTo("PENDING");
        assertThat(placed.jsonPath().<Object>get("createdAt")).isNotNull();
        String location = placed.header("Location");

        var stored =
                ServiceApis.asOperator().get(location).then().statusCode(200).extract();
        assertThat(stored.jsonPath().<Object>get("total")).isEqualTo(62.3f);
        assertThat(stored.jsonPath().getList("history.step")).containsExactly("CREATED");
        assertThat(stored.jsonPath().<Object>get("history[0].at")).isNotNull();
    }

    @Test
    void ordersAreListedByUserAndStatusWithPaging() {
        for (int i = 0; i < 3; i++) {
            api().body(Map.of("userId", userId, "products", List.of(line(CatalogStub.MUG, 1))))
                    .post("/orders")
                    .then()
                    .statusCode(201);
        }

        var pending = api().queryParam("userId", userId)
                .queryParam("status", "PENDING")
                .queryParam("size", 2)
                .get("/orders")
                .then()
                .statusCode(200)
                .extract();
        assertThat(pending.jsonPath().getList("items")).hasSize(2);
        assertThat(pending.jsonPath().<Object>get("totalItems")).isEqualTo(3);
        assertThat(pending.jsonPath().getList("items.userId")).containsExactly(userId, userId);
        var cancelled = api().queryParam("userId", userId)
                .queryParam("status", "CANCELLED")
                .get("/orders")
                .then()
                .statusCode(200)
                .extract();
        assertThat(cancelled.jsonPath().<Object>get("totalItems")).isEqualTo(0);
    }

    @Test
    void anOrderPlacedAgainWithItsIdempotencyKeyIsPlacedOnce() {
        String key = UUID.randomUUID().toString();
        Map<String, Object> order = Map.of("userId", userId, "products", List.of(line(CatalogStub.BEANS, 2)));
        String first = api().header("Idempotency-Key", key)
                .body(order)
                .post("/orders")
                .then()
                .statusCode(201)
                .header("Idempotent-Replayed", (String) null)
                .extract()
                .header("Location");

        var replayed = api().header("Idempotency-Key", key)
                .body(order)
                .post("/orders")
                .then()
                .statusCode(201)
                .header("Idempotent-Replayed", "true")
                .extract();
        assertThat(replayed.header("Location")).isEqualTo(first);
        assertThat(replayed.jsonPath().<Object>get("total")).isEqualTo(49.8f);
        // the same key for another order is a client's mistake, not a repetition
        var reused = api().header("Idempotency-Key", key)
                .body(Map.of("userId", userId, "products", List.of(line(CatalogStub.BEANS, 3))))
                .post("/orders")
                .then()
                .statusCode(422)
                .contentType(PROBLEM)
                .extract();
        assertThat(reused.jsonPath().<Object>get("title")).isEqualTo("Idempotency key reused");
        // without a key every placement is an order of its own
        var unkeyed = api().body(order).post("/orders").then().statusCode(201).extract();
        assertThat(unkeyed.header("Location")).isNotEqualTo(first);

        var orders = api().queryParam("userId", userId).get("/orders").then().extract();
        assertThat(orders.jsonPath().<Object>get("totalItems")).isEqualTo(2);
    }

    @Test
    void anInvalidIdempotencyKeyIs400AndPlacesNothing() {
        Map<String, Object> order = Map.of("userId", userId, "products", List.of(line(CatalogStub.MUG, 1)));
        for (String key : List.of("", " ", "x".repeat(256), "caf\u00e9", "tab\there")) {
            var refused = api().header("Idempotency-Key", key)
                    .body(order)
                    .post("/orders")
                    .then()
                    .statusCode(400)
                    .contentType(PROBLEM)
                    .extract();
            assertThat(refused.jsonPath().<Object>get("title")).isEqualTo("Invalid Idempotency-Key");
        }

        var orders = api().queryParam("userId", userId).get("/orders").then().extract();
        assertThat(orders.jsonPath().<Object>get("totalItems")).isEqualTo(0);
    }

    @Test
    void impossibleOrdersAre422AndChangeNothing() {
        api().body(Map.of("userId", UUID.randomUUID().toString(), "products", List.of(line(CatalogStub.MUG, 1))))
                .post("/orders")
                .then()
                .statusCode(422)
                .contentType(PROBLEM);
        api().body(Map.of(
                        "userId",
                        userId,
                        "products",
                        List.of(line(UUID.randomUUID().toString(), 1))))
                .post("/orders")
                .then()
                .statusCode(422)
                .contentType(PROBLEM);

        var answer = api().queryParam("userId", userId).get("/orders").then().extract();
        assertThat(answer.jsonPath().<Object>get("totalItems")).isEqualTo(0);
    }

    @Test
    void aTotalSentWithTheOrderMustBeTheCatalogs() { // the tutorial's client sends one
        api().body(Map.of(
                        "userId",
                        userId,
                        "products",
                        List.of(line(CatalogStub.BEANS, 2), line(CatalogStub.MUG, 1)),
                        "total",
                        new BigDecimal("62.30")))
                .post("/orders")
                .then()
                .statusCode(201);
        var refused = api().body(Map.of(
                        "userId",
                        userId,
                        "products",
                        List.of(line(CatalogStub.BEANS, 2)),
                        "total",
                        new BigDecimal("1.00")))
                .post("/orders")
                .then()
                .statusCode(422)
                .contentType(PROBLEM)
                .extract();
        assertThat(refused.jsonPath().getString("title")).isEqualTo("Total mismatch");
        assertThat(refused.jsonPath().getString("detail")).contains("49.80").contains("1.00");

        var orders = api().queryParam("userId", userId).get("/orders").then().extract();
        assertThat(orders.jsonPath().<Object>get("totalItems")).isEqualTo(1); // only the first
    }

    @Test
    void catalogDownIs503WithRetryAfter() {
        var answer = api().body(Map.of("userId", userId, "products", List.of(line(CatalogStub.FAILING, 1))))
                .post("/orders")
                .then()
                .statusCode(503)
                .contentType(PROBLEM)
                .extract();
        assertThat(answer.header("Retry-After")).isNotNull();
    }

    @Test
    void invalidOrdersAre400WithTheFieldsNamed() {
        var zeroQuantity = api().body(Map.of("userId", userId, "products", List.of(line(CatalogStub.MUG, 0))))
                .post("/orders")
                .then()
                .statusCode(400)
                .contentType(PROBLEM)
                .extract();
        assertThat(zeroQuantity.jsonPath().getList("errors.field")).contains("products[0].quantity");
        var noProducts = api().body(Map.of("userId", userId, "products", List.of()))
                .post("/orders")
                .then()
                .statusCode(400)
                .extract();
        assertThat(noProducts.jsonPath().getList("errors.field")).contains("products");
        var noUser = api().body(Map.of("products", List.of(line(CatalogStub.MUG, 1))))
                .post("/orders")
                .then()
                .statusCode(400)
                .extract();
        assertThat(noUser.jsonPath().getList("errors.field")).contains("userId");
        api().body("{\"userId\": \"not-a-uuid\", \"products\": []}")
                .post("/orders")
                .then()
                .statusCode(400)
                .contentType(PROBLEM);
        api().body(Map.of("userId", userId, "products", List.of(line(CatalogStub.MUG, 1001))))
                .post("/orders")
                .then()
                .statusCode(400);
        var unknownStatus = api().queryParam("status", "LOST")
                .get("/orders")
                .then()
                .statusCode(400)
                .extract();
        assertThat(unknownStatus.jsonPath().getList("errors.field")).contains("status");
        api().queryParam("userId", "../../etc/passwd").get("/orders").then().statusCode(400);
    }

    @Test
    void usersAreRegisteredOncePerEmail() {
        String email = "grace-" + UUID.randomUUID() + "@example.com";
        String id = api().body(Map.of("name", "Grace", "email", email))
                .post("/users")
                .then()
                .statusCode(201)
                .extract()
                .path("id");

        var found = api().get("/users/{id}", id).then().statusCode(200).extract();
        assertThat(found.jsonPath().<Object>get("email")).isEqualTo(email);
        api().body(Map.of("name", "Grace", "email", email.toUpperCase()))
                .post("/users")
                .then()
                .statusCode(409);
        var invalidEmail = api().body(Map.of("name", "Grace", "email", "not an email"))
                .post("/users")
                .then()
                .statusCode(400)
                .extract();
        assertThat(invalidEmail.jsonPath().getList("errors.field")).contains("email");
        api().get("/users/{id}", UUID.randomUUID()).then().statusCode(404).contentType(PROBLEM);
        api().get("/orders/{id}", UUID.randomUUID()).then().statusCode(404).contentType(PROBLEM);
    }

    @Test
    void readinessNamesTheOrderDependencies() {
        var answer = given().baseUri(TestServer.managementUrl())
                .get("/health/ready")
                .then()
                .statusCode(200)
                .extract();
        assertThat(answer.jsonPath().<Object>get("checks.find { it.name == 'order-database' }.status"))
                .isEqualTo("UP");
        assertThat(answer.jsonPath().<Object>get("checks.find { it.name == 'order-broker' }.status"))
                .isEqualTo("UP");
    }
}
