package dev.courier.order.orders;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import dev.courier.order.stubs.CatalogStub;
import dev.courier.order.stubs.StubDeployments;
import dev.courier.testing.Deployments;
import dev.courier.testing.ServiceApis;
import dev.courier.testing.TestServer;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
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
        String location = api().body(Map.of(
                        "userId", userId, "products", List.of(line(CatalogStub.BEANS, 2), line(CatalogStub.MUG, 1))))
                .post("/orders")
                .then()
                .statusCode(201)
                .header("Location", notNullValue())
                .body("id", notNullValue())
                .body("userId", equalTo(userId))
                .body("products.productId", equalTo(List.of(CatalogStub.BEANS, CatalogStub.MUG)))
                .body("products.quantity", equalTo(List.of(2, 1)))
                .body("products.unitPrice", equalTo(List.of(24.9f, 12.5f)))
                .body("total", equalTo(62.3f))
                .body("status", equalTo("PENDING"))
                .body("createdAt", notNullValue())
                .extract()
                .header("Location");

        ServiceApis.asOperator()
                .get(location)
                .then()
                .statusCode(200)
                .body("total", equalTo(62.3f))
                .body("history.step", equalTo(List.of("CREATED")))
                .body("history[0].at", notNullValue());
    }

    @Test
    void ordersAreListedByUserAndStatusWithPaging() {
        for (int i = 0; i < 3; i++) {
            api().body(Map.of("userId", userId, "products", List.of(line(CatalogStub.MUG, 1))))
                    .post("/orders")
                    .then()
                    .statusCode(201);
        }

        api().queryParam("userId", userId)
                .queryParam("status", "PENDING")
                .queryParam("size", 2)
                .get("/orders")
                .then()
                .statusCode(200)
                .body("items", hasSize(2))
                .body("totalItems", equalTo(3))
                .body("items.userId", equalTo(List.of(userId, userId)));
        api().queryParam("userId", userId)
                .queryParam("status", "CANCELLED")
                .get("/orders")
                .then()
                .statusCode(200)
                .body("totalItems", equalTo(0));
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

        api().header("Idempotency-Key", key)
                .body(order)
                .post("/orders")
                .then()
                .statusCode(201)
                .header("Location", equalTo(first))
                .header("Idempotent-Replayed", "true")
                .body("total", equalTo(49.8f));
        // the same key for another order is a client's mistake, not a repetition
        api().header("Idempotency-Key", key)
                .body(Map.of("userId", userId, "products", List.of(line(CatalogStub.BEANS, 3))))
                .post("/orders")
                .then()
                .statusCode(422)
                .contentType(PROBLEM)
                .body("title", equalTo("Idempotency key reused"));
        // without a key every placement is an order of its own
        api().body(order).post("/orders").then().statusCode(201).header("Location", not(equalTo(first)));

        api().queryParam("userId", userId).get("/orders").then().body("totalItems", equalTo(2));
    }

    @Test
    void anInvalidIdempotencyKeyIs400AndPlacesNothing() {
        Map<String, Object> order = Map.of("userId", userId, "products", List.of(line(CatalogStub.MUG, 1)));
        for (String key : List.of("", " ", "x".repeat(256), "caf\u00e9", "tab\there")) {
            api().header("Idempotency-Key", key)
                    .body(order)
                    .post("/orders")
                    .then()
                    .statusCode(400)
                    .contentType(PROBLEM)
                    .body("title", equalTo("Invalid Idempotency-Key"));
        }

        api().queryParam("userId", userId).get("/orders").then().body("totalItems", equalTo(0));
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

        api().queryParam("userId", userId).get("/orders").then().body("totalItems", equalTo(0));
    }

    @Test
    void catalogDownIs503WithRetryAfter() {
        api().body(Map.of("userId", userId, "products", List.of(line(CatalogStub.FAILING, 1))))
                .post("/orders")
                .then()
                .statusCode(503)
                .contentType(PROBLEM)
                .header("Retry-After", notNullValue());
    }

    @Test
    void invalidOrdersAre400WithTheFieldsNamed() {
        api().body(Map.of("userId", userId, "products", List.of(line(CatalogStub.MUG, 0))))
                .post("/orders")
                .then()
                .statusCode(400)
                .contentType(PROBLEM)
                .body("errors.field", hasItem("products[0].quantity"));
        api().body(Map.of("userId", userId, "products", List.of()))
                .post("/orders")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("products"));
        api().body(Map.of("products", List.of(line(CatalogStub.MUG, 1))))
                .post("/orders")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("userId"));
        api().body("{\"userId\": \"not-a-uuid\", \"products\": []}")
                .post("/orders")
                .then()
                .statusCode(400)
                .contentType(PROBLEM);
        api().body(Map.of("userId", userId, "products", List.of(line(CatalogStub.MUG, 1001))))
                .post("/orders")
                .then()
                .statusCode(400);
        api().queryParam("status", "LOST")
                .get("/orders")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("status"));
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

        api().get("/users/{id}", id).then().statusCode(200).body("email", equalTo(email));
        api().body(Map.of("name", "Grace", "email", email.toUpperCase()))
                .post("/users")
                .then()
                .statusCode(409);
        api().body(Map.of("name", "Grace", "email", "not an email"))
                .post("/users")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("email"));
        api().get("/users/{id}", UUID.randomUUID()).then().statusCode(404).contentType(PROBLEM);
        api().get("/orders/{id}", UUID.randomUUID()).then().statusCode(404).contentType(PROBLEM);
    }

    @Test
    void readinessNamesTheOrderDependencies() {
        given().baseUri(TestServer.managementUrl())
                .get("/health/ready")
                .then()
                .statusCode(200)
                .body("checks.find { it.name == 'order-database' }.status", equalTo("UP"))
                .body("checks.find { it.name == 'order-broker' }.status", equalTo("UP"));
    }
}
