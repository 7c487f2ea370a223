package dev.courier.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import dev.courier.gateway.stubs.InventoryServiceStub;
import dev.courier.gateway.stubs.OrderServiceStub;
import dev.courier.testing.TestServer;
import io.restassured.response.Response;
import java.time.Duration;
import java.util.UUID;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Details fetch the user and all products at once, and answer plainly when the order is unknown. */
@ExtendWith(ArquillianExtension.class)
class ParallelDetailsIT extends StubbedServices {

    @Test
    void userAndProductsEachSlowedByOneDelayAnswerInAboutOneDelay() {
        Duration delay = Duration.ofMillis(600);
        details().then().statusCode(200); // warm: the first call pays for client and pool set-up
        behave("user", "delay-ms", Long.toString(delay.toMillis()));
        behave("inventory", "delay-ms", Long.toString(delay.toMillis()));

        long start = System.nanoTime();
        Response answer = details();
        Duration took = Duration.ofNanos(System.nanoTime() - start);

        var body = answer.then().statusCode(200).extract();
        assertThat(body.jsonPath().<Object>get("user.id")).isEqualTo(OrderServiceStub.USER);
        assertThat(body.jsonPath().getList("products.details.id"))
                .containsExactly(InventoryServiceStub.BEANS, InventoryServiceStub.MUG, InventoryServiceStub.GRINDER);
        assertThat(body.jsonPath().getList("degraded")).isEmpty();
        // sequential would take a delay for the user plus one per product: four delays
        assertThat(took)
                .isGreaterThanOrEqualTo(delay)
                .isLessThan(delay.plus(TestServer.scaled(Duration.ofMillis(700))));
    }

    @Test
    void anUnknownOrderIs404Problem() {
        var answer = gatewayApi()
                .get("/orders/{id}/details", UUID.randomUUID())
                .then()
                .statusCode(404)
                .contentType("application/problem+json")
                .extract();
        assertThat(answer.jsonPath().<Object>get("status")).isEqualTo(404);
        gatewayApi()
                .get("/orders/{id}", UUID.randomUUID())
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
        gatewayApi().get("/orders/not-an-id/details").then().statusCode(404).contentType("application/problem+json");
        gatewayApi()
                .get("/users/{id}", UUID.randomUUID())
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
        gatewayApi()
                .get("/products/{id}", UUID.randomUUID())
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
    }
}
