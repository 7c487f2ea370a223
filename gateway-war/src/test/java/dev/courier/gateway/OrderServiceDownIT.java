package dev.courier.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

import dev.courier.testing.TestServer;
import java.time.Duration;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The order service down: 503 problems with Retry-After, fast once the circuit is open, and the gateway stays ready. */
@ExtendWith(ArquillianExtension.class)
class OrderServiceDownIT extends StubbedServices {

    @Test
    void anOrderThatCannotBeFetchedIs503ThenFastOnceTheCircuitIsOpen() {
        behave("order", "mode", "fail");
        behave("user", "mode", "fail");

        details()
                .then()
                .statusCode(503)
                .contentType("application/problem+json")
                .header("Retry-After", notNullValue())
                .body("status", equalTo(503));

        await().atMost(TestServer.scaled(Duration.ofSeconds(10)))
                .untilAsserted(() -> details().then().statusCode(503).body("detail", containsString("circuit open")));
        long start = System.nanoTime();
        details().then().statusCode(503).header("Retry-After", notNullValue());
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(FAST);

        readiness()
                .then()
                .statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.find { it.name == 'gateway-circuits' }.data.'order-service'", startsWith("OPEN"));
    }
}
