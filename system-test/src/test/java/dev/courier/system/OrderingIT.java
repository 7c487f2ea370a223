package dev.courier.system;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.courier.testing.AllServices;
import dev.courier.testing.TestServer;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** All four services on one server, driven only through their HTTP APIs, as a client would. */
@ExtendWith(ArquillianExtension.class)
class OrderingIT extends AllServices {

    private static final String PROBLEM = "application/problem+json";

    @Test
    void aNewCustomerOrdersFromTheCatalog() {
        String userId = http().body(
                        Map.of("name", "Margaret Hamilton", "email", "margaret-" + UUID.randomUUID() + "@example.com"))
                .post("/order/api/users")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        http().body(Map.of("balance", 200))
                .put("/payment/api/accounts/{userId}", userId)
                .then()
                .statusCode(201);
        String kettle = http().body(Map.of("name", "Kettle " + UUID.randomUUID(), "price", 35.5, "stock", 10))
                .post("/inventory/api/products")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        String cups = http().body(Map.of("name", "Cups " + UUID.randomUUID(), "price", 4.25, "stock", 100))
                .post("/inventory/api/products")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        var catalog = http().queryParam("size", 100)
                .get("/inventory/api/products")
                .then()
                .statusCode(200)
                .extract();
        assertThat(catalog.jsonPath().getList("items")).isNotEmpty();

        var placed = http().body(Map.of(
                        "userId",
                        userId,
                        "products",
                        List.of(Map.of("productId", kettle, "quantity", 1), Map.of("productId", cups, "quantity", 4))))
                .post("/order/api/orders")
                .then()
                .statusCode(201)
                .extract();
        assertThat(placed.jsonPath().<Object>get("total")).isEqualTo(52.5f);
        assertThat(placed.jsonPath().getList("products.unitPrice")).containsExactly(35.5f, 4.25f);
        assertThat(placed.jsonPath().<Object>get("status")).isEqualTo("PENDING");
        String location = placed.header("Location");

        await().atMost(TestServer.scaled(Duration.ofSeconds(30)))
                .untilAsserted(() -> assertThat(http().get(location).jsonPath().getString("status"))
                        .isEqualTo("PROCESSED"));
        var processed = http().get(location).then().statusCode(200).extract();
        assertThat(processed.jsonPath().<Object>get("userId")).isEqualTo(userId);
        assertThat(processed.jsonPath().getList("history.step"))
                .containsExactly("CREATED", "PAID", "STOCK_RESERVED", "PROCESSED");
        var orders = http().queryParam("userId", userId)
                .get("/order/api/orders")
                .then()
                .statusCode(200)
                .extract();
        assertThat(orders.jsonPath().<Object>get("totalItems")).isEqualTo(1);
        var account =
                http().get("/payment/api/accounts/{userId}", userId).then().extract();
        assertThat(account.jsonPath().<Object>get("balance")).isEqualTo(147.5f);
        var kettleStock =
                http().get("/inventory/api/products/{id}", kettle).then().extract();
        assertThat(kettleStock.jsonPath().<Object>get("stock")).isEqualTo(9);
        var cupsStock = http().get("/inventory/api/products/{id}", cups).then().extract();
        assertThat(cupsStock.jsonPath().<Object>get("stock")).isEqualTo(96);
    }

    @ParameterizedTest(name = "{0} {1} with {2}")
    @CsvSource(
            delimiter = '|',
            value = {
                "POST|/order/api/users|{\"name\": \"x\"}|400",
                "POST|/order/api/users|{\"name\": \"x\", \"email\": \"x@example.com\", \"admin\": true}|400",
                "POST|/order/api/orders|{\"userId\": 42, \"products\": [{\"productId\": 1, \"quantity\": 1}]}|400",
                "POST|/order/api/orders|{\"userId\": \"00000000-0000-4000-8000-000000000000\", \"products\": [{\"productId\": \"00000000-0000-4000-8000-000000000001\", \"quantity\": -3}]}|400",
                "POST|/order/api/orders|{\"userId\": \"00000000-0000-4000-8000-000000000000\", \"products\": [{\"productId\": \"00000000-0000-4000-8000-000000000001\", \"quantity\": 1}]}|422",
                "GET|/order/api/orders/'; drop table orders; --||404",
                "GET|/order/api/users/..%2F..%2Fetc%2Fpasswd||404",
                "PUT|/payment/api/accounts/00000000-0000-4000-8000-000000000000|{\"balance\": 12345678901234567890123}|400",
                "POST|/inventory/api/products|{\"name\": \"\\u0000\", \"price\": 0, \"stock\": 1}|400",
                "DELETE|/inventory/api/products||405",
                "GET|/inventory/api/nothing-here||404",
            })
    void badInputIsAClearProblemAndNeverA500(String method, String path, String body, int status) {
        var request = http();
        if (body != null) {
            request.body(body);
        }
        var answer = request.request(method, path)
                .then()
                .statusCode(status)
                .contentType(PROBLEM)
                .extract();
        assertThat(answer.jsonPath().<Object>get("status")).isEqualTo(status);
        assertThat(answer.jsonPath().<Object>get("title")).isNotNull();
        assertThat(answer.asString()).doesNotContain("Exception");
    }

    @Test
    void everyServiceReportsItsOwnDependencies() {
        var ready = given().baseUri(TestServer.managementUrl())
                .get("/health/ready")
                .then()
                .statusCode(200)
                .extract();
        assertThat(ready.jsonPath().<Object>get("status")).isEqualTo("UP");
        assertThat(ready.jsonPath().getList("checks.name"))
                .contains(
                        "order-database",
                        "order-broker",
                        "payment-database",
                        "payment-broker",
                        "inventory-database",
                        "inventory-broker");
        var live = given().baseUri(TestServer.managementUrl())
                .get("/health/live")
                .then()
                .statusCode(200)
                .extract();
        assertThat(live.jsonPath().getList("checks.name"))
                .contains("order-alive", "payment-alive", "inventory-alive", "gateway-alive");
        var started = given().baseUri(TestServer.managementUrl())
                .get("/health/started")
                .then()
                .statusCode(200)
                .extract();
        assertThat(started.jsonPath().getList("checks.name"))
                .contains("order-started", "payment-started", "inventory-started", "gateway-started");
    }
}
