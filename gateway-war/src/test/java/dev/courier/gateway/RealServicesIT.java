package dev.courier.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

import dev.courier.testing.AllServices;
import dev.courier.testing.TestServer;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The gateway in front of the real services: every public route, and what it passes on. */
@ExtendWith(ArquillianExtension.class)
class RealServicesIT extends AllServices {

    private static String product(String name, double price) {
        return http().body(Map.of("name", name + " " + UUID.randomUUID(), "price", price, "stock", 50))
                .post("/inventory/api/products")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    @Test
    void anOrderPlacedThroughTheGatewayComesBackWithItsUserAndEveryProduct() {
        String user = http().body(
                        Map.of("name", "Dorothy Vaughan", "email", "dorothy-" + UUID.randomUUID() + "@example.com"))
                .post("/order/api/users")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        http().body(Map.of("balance", 500))
                .put("/payment/api/accounts/{id}", user)
                .then()
                .statusCode(201);
        String kettle = product("Kettle", 30);
        String cups = product("Cups", 5);
        String tray = product("Tray", 12);

        String location = http().body(Map.of(
                        "userId",
                        user,
                        "products",
                        List.of(
                                Map.of("productId", kettle, "quantity", 1),
                                Map.of("productId", cups, "quantity", 2),
                                Map.of("productId", tray, "quantity", 1))))
                .post("/api/orders")
                .then()
                .statusCode(201)
                .header("Location", startsWith(TestServer.httpUrl() + "/api/orders/"))
                .extract()
                .header("Location");

        given().get(location + "/details")
                .then()
                .statusCode(200)
                .body("userId", equalTo(user))
                .body("user.name", equalTo("Dorothy Vaughan"))
                .body("products.productId", equalTo(List.of(kettle, cups, tray)))
                .body("products.quantity", equalTo(List.of(1, 2, 1)))
                .body("products.details.id", equalTo(List.of(kettle, cups, tray)))
                .body("products.details.name", hasItem(startsWith("Kettle")))
                .body("degraded", equalTo(List.of()));
        given().get(location).then().statusCode(200).body("total", equalTo(52.0f));
        http().get("/api/users/{id}", user).then().statusCode(200).body("name", equalTo("Dorothy Vaughan"));
        http().get("/api/products/{id}", kettle).then().statusCode(200).body("price", equalTo(30.0f));
        http().queryParam("size", 2).get("/api/products").then().statusCode(200).body("size", equalTo(2));
    }

    @Test
    void anOrderRepeatedWithItsIdempotencyKeyIsPlacedOnce() {
        String user = http().body(Map.of("name", "Mary Jackson", "email", "mary-" + UUID.randomUUID() + "@example.com"))
                .post("/order/api/users")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        Map<String, Object> order =
                Map.of("userId", user, "products", List.of(Map.of("productId", product("Lamp", 20), "quantity", 1)));
        String key = UUID.randomUUID().toString();

        String first = http().header("Idempotency-Key", key)
                .body(order)
                .post("/api/orders")
                .then()
                .statusCode(201)
                .header("Idempotent-Replayed", (String) null)
                .extract()
                .header("Location");
        http().header("Idempotency-Key", key)
                .body(order)
                .post("/api/orders")
                .then()
                .statusCode(201)
                .header("Location", equalTo(first))
                .header("Idempotent-Replayed", "true");
        http().header("Idempotency-Key", "no spaces allowed")
                .body(order)
                .post("/api/orders")
                .then()
                .statusCode(400)
                .contentType("application/problem+json");

        http().queryParam("userId", user).get("/order/api/orders").then().body("totalItems", equalTo(1));
    }

    @Test
    void downstreamRefusalsArePassedOnAsTheirOwn4xx() {
        http().body(Map.of(
                        "userId",
                        UUID.randomUUID().toString(),
                        "products",
                        List.of(Map.of("productId", UUID.randomUUID().toString(), "quantity", 0))))
                .post("/api/orders")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("products[0].quantity"));
        http().body(Map.of(
                        "userId",
                        UUID.randomUUID().toString(),
                        "products",
                        List.of(Map.of("productId", UUID.randomUUID().toString(), "quantity", 1))))
                .post("/api/orders")
                .then()
                .statusCode(422)
                .contentType("application/problem+json");
        http().body("{not json").post("/api/orders").then().statusCode(400).contentType("application/problem+json");
        http().get("/api/orders/{id}/details", UUID.randomUUID())
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
        http().queryParam("size", 0).get("/api/products").then().statusCode(400).body("errors.field", hasItem("size"));
    }

    @Test
    void readinessShowsEveryCircuit() {
        given().baseUri(TestServer.managementUrl())
                .get("/health/ready")
                .then()
                .statusCode(200)
                .body("checks.find { it.name == 'gateway-circuits' }.data.'order-service'", notNullValue())
                .body("checks.find { it.name == 'gateway-circuits' }.data.'inventory-service'", notNullValue());
    }
}
