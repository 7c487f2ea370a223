package dev.courier.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.courier.gateway.downstream.control.OrderServiceCalls;
import dev.courier.testing.ServerMetrics;
import dev.courier.testing.TestServer;
import java.time.Duration;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The order service down: 503 problems with Retry-After, fast once the circuit is open (as the
 * metrics say), and the gateway stays ready.
 */
@ExtendWith(ArquillianExtension.class)
class OrderServiceDownIT extends StubbedServices {

    @Test
    void anOrderThatCannotBeFetchedIs503ThenFastOnceTheCircuitIsOpen() {
        String reads = OrderServiceCalls.class.getName() + ".read";
        ServerMetrics before = ServerMetrics.read();
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
        ServerMetrics after = ServerMetrics.read();
        assertThat(after.sum("ft_circuitbreaker_opened_total", "method", reads)
                        - before.sum("ft_circuitbreaker_opened_total", "method", reads))
                .isEqualTo(1.0);
        String[] refused = {"method", reads, "circuitBreakerResult", "circuitBreakerOpen"};
        assertThat(after.sum("ft_circuitbreaker_calls_total", refused)
                        - before.sum("ft_circuitbreaker_calls_total", refused))
                .isGreaterThanOrEqualTo(2.0);
    }
}
