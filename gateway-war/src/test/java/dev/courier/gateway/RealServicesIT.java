package dev.courier.gateway;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import dev.courier.gateway.downstream.control.InventoryServiceCalls;
import dev.courier.gateway.downstream.control.OrderServiceCalls;
import dev.courier.testing.AllServices;
import dev.courier.testing.ServerMetrics;
import dev.courier.testing.ServiceApis;
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
        return ServiceApis.newProduct(name, price, 50);
    }

    @Test
    void anOrderPlacedThroughTheGatewayComesBackWithItsUserAndEveryProduct() {
        String user = ServiceApis.newCustomer("Dorothy Vaughan", 500);
        String kettle = product("Kettle", 30);
        String cups = product("Cups", 5);
        String tray = product("Tray", 12);

        var placed = asCustomer(user)
                .body(Map.of(
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
                .extract();
        assertThat(placed.header("Location")).startsWith(TestServer.httpUrl() + "/api/orders/");
        String location = placed.header("Location");

        var details = asCustomer(user)
                .get(location + "/details")
                .then()
                .statusCode(200)
                .extract();
        assertThat(details.jsonPath().<Object>get("userId")).isEqualTo(user);
        assertThat(details.jsonPath().<Object>get("user.name")).isEqualTo("Dorothy Vaughan");
        assertThat(details.jsonPath().getList("products.productId")).containsExactly(kettle, cups, tray);
        assertThat(details.jsonPath().getList("products.quantity")).containsExactly(1, 2, 1);
        assertThat(details.jsonPath().getList("products.details.id")).containsExactly(kettle, cups, tray);
        assertThat(details.jsonPath().getList("products.details.name", String.class))
                .anySatisfy(name -> assertThat(name).startsWith("Kettle"));
        assertThat(details.jsonPath().getList("degraded")).isEmpty();
        var stored = asCustomer(user).get(location).then().statusCode(200).extract();
        assertThat(stored.jsonPath().<Object>get("total")).isEqualTo(52.0f);
        var customer = asCustomer(user)
                .get("/api/users/{id}", user)
                .then()
                .statusCode(200)
                .extract();
        assertThat(customer.jsonPath().<Object>get("name")).isEqualTo("Dorothy Vaughan");
        var kettleProduct =
                http().get("/api/products/{id}", kettle).then().statusCode(200).extract();
        assertThat(kettleProduct.jsonPath().<Object>get("price")).isEqualTo(30.0f);
        var productPage = http().queryParam("size", 2)
                .get("/api/products")
                .then()
                .statusCode(200)
                .extract();
        assertThat(productPage.jsonPath().<Object>get("size")).isEqualTo(2);
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

        String first = asCustomer(user)
                .header("Idempotency-Key", key)
                .body(order)
                .post("/api/orders")
                .then()
                .statusCode(201)
                .header("Idempotent-Replayed", (String) null)
                .extract()
                .header("Location");
        var replayed = asCustomer(user)
                .header("Idempotency-Key", key)
                .body(order)
                .post("/api/orders")
                .then()
                .statusCode(201)
                .header("Idempotent-Replayed", "true")
                .extract();
        assertThat(replayed.header("Location")).isEqualTo(first);
        asCustomer(user)
                .header("Idempotency-Key", "no spaces allowed")
                .body(order)
                .post("/api/orders")
                .then()
                .statusCode(400)
                .contentType("application/problem+json");

        var orders = http().queryParam("userId", user)
                .get("/order/api/orders")
                .then()
                .extract();
        assertThat(orders.jsonPath().<Object>get("totalItems")).isEqualTo(1);
    }

    @Test
    void downstreamRefusalsArePassedOnAsTheirOwn4xx() {
        String stranger = UUID.randomUUID().toString();
        var refused = asCustomer(stranger)
                .body(Map.of(
                        "products",
                        List.of(Map.of("productId", UUID.randomUUID().toString(), "quantity", 0))))
                .post("/api/orders")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .extract();
        assertThat(refused.jsonPath().getList("errors.field")).contains("products[0].quantity");
        asCustomer(stranger)
                .body(Map.of(
                        "products",
                        List.of(Map.of("productId", UUID.randomUUID().toString(), "quantity", 1))))
                .post("/api/orders")
                .then()
                .statusCode(422)
                .contentType("application/problem+json");
        asCustomer(stranger)
                .body("{not json")
                .post("/api/orders")
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
        asCustomer(stranger)
                .get("/api/orders/{id}/details", UUID.randomUUID())
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
        var badSize = http().queryParam("size", 0)
                .get("/api/products")
                .then()
                .statusCode(400)
                .extract();
        assertThat(badSize.jsonPath().getList("errors.field")).contains("size");
    }

    @Test
    void theMetricsCountEveryGuardedCall() {
        List<String> methods = List.of(
                InventoryServiceCalls.class.getName() + ".products", OrderServiceCalls.class.getName() + ".read");
        ServerMetrics before = ServerMetrics.read();

        given().get(TestServer.httpUrl() + "/api/products").then().statusCode(200);
        asCustomer(UUID.randomUUID().toString())
                .get("/api/orders/{id}", UUID.randomUUID())
                .then()
                .statusCode(404);

        ServerMetrics after = ServerMetrics.read();
        for (String method : methods) {
            String[] through = {"method", method, "circuitBreakerResult", "success"};
            assertThat(after.sum("ft_circuitbreaker_calls_total", through)
                            - before.sum("ft_circuitbreaker_calls_total", through))
                    .as(method)
                    .isEqualTo(1.0);
            assertThat(after.sum("ft_invocations_total", "method", method)
                            - before.sum("ft_invocations_total", "method", method))
                    .as(method)
                    .isEqualTo(1.0);
        }
    }
}
