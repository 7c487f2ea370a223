package dev.courier.system;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

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
        http().queryParam("size", 100)
                .get("/inventory/api/products")
                .then()
                .statusCode(200)
                .body("items", not(List.of()));

        String location = http().body(Map.of(
                        "userId",
                        userId,
                        "products",
                        List.of(Map.of("productId", kettle, "quantity", 1), Map.of("productId", cups, "quantity", 4))))
                .post("/order/api/orders")
                .then()
                .statusCode(201)
                .body("total", equalTo(52.5f))
                .body("products.unitPrice", equalTo(List.of(35.5f, 4.25f)))
                .body("status", equalTo("PENDING"))
                .extract()
                .header("Location");

        await().atMost(TestServer.scaled(Duration.ofSeconds(30)))
                .untilAsserted(() -> http().get(location).then().body("status", equalTo("PROCESSED")));
        http().get(location)
                .then()
                .statusCode(200)
                .body("userId", equalTo(userId))
                .body("history.step", equalTo(List.of("CREATED", "PAID", "STOCK_RESERVED", "PROCESSED")));
        http().queryParam("userId", userId)
                .get("/order/api/orders")
                .then()
                .statusCode(200)
                .body("totalItems", equalTo(1));
        http().get("/payment/api/accounts/{userId}", userId).then().body("balance", equalTo(147.5f));
        http().get("/inventory/api/products/{id}", kettle).then().body("stock", equalTo(9));
        http().get("/inventory/api/products/{id}", cups).then().body("stock", equalTo(96));
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
        request.request(method, path)
                .then()
                .statusCode(status)
                .contentType(PROBLEM)
                .body("status", equalTo(status))
                .body("title", notNullValue())
                .body(not(containsString("Exception")));
    }

    @Test
    void everyServiceReportsItsOwnDependencies() {
        given().baseUri(TestServer.managementUrl())
                .get("/health/ready")
                .then()
                .statusCode(200)
                .body("status", equalTo("UP"))
                .body(
                        "checks.name",
                        hasItems(
                                "order-database",
                                "order-broker",
                                "payment-database",
                                "payment-broker",
                                "inventory-database",
                                "inventory-broker"));
        given().baseUri(TestServer.managementUrl())
                .get("/health/live")
                .then()
                .statusCode(200)
                .body("checks.name", hasItems("order-alive", "payment-alive", "inventory-alive", "gateway-alive"));
        given().baseUri(TestServer.managementUrl())
                .get("/health/started")
                .then()
                .statusCode(200)
                .body(
                        "checks.name",
                        hasItems("order-started", "payment-started", "inventory-started", "gateway-started"));
    }
}
