package dev.courier.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

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

        var failed = details()
                .then()
                .statusCode(503)
                .contentType("application/problem+json")
                .extract();
        assertThat(failed.header("Retry-After")).isNotNull();
        assertThat(failed.jsonPath().<Object>get("status")).isEqualTo(503);

        await().atMost(TestServer.scaled(Duration.ofSeconds(10)))
                .untilAsserted(() -> assertThat(details()
                                .then()
                                .statusCode(503)
                                .extract()
                                .jsonPath()
                                .getString("detail"))
                        .contains("circuit open"));
        long start = System.nanoTime();
        var open = details().then().statusCode(503).extract();
        assertThat(open.header("Retry-After")).isNotNull();
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(FAST);

        var ready = readiness().then().statusCode(200).extract();
        assertThat(ready.jsonPath().<Object>get("status")).isEqualTo("UP");
        assertThat(ready.jsonPath().getString("checks.find { it.name == 'gateway-circuits' }.data.'order-service'"))
                .startsWith("OPEN");
    }
}
