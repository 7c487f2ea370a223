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

        var answer = details()
                .then()
                .statusCode(503)
                .contentType("application/problem+json")
                .extract();
        assertThat(answer.header("Retry-After")).isNotNull();
        assertThat(answer.jsonPath().<Object>get("status")).isEqualTo(503);

        await().atMost(TestServer.scaled(Duration.ofSeconds(10)))
                .untilAsserted(() -> assertThat(details()
                                .then()
                                .statusCode(503)
                                .extract()
                                .jsonPath()
                                .getString("detail"))
                        .contains("circuit open"));
        long start = System.nanoTime();
        var answer2 = details().then().statusCode(503).extract();
        assertThat(answer2.header("Retry-After")).isNotNull();
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(FAST);

        var answer3 = readiness().then().statusCode(200).extract();
        assertThat(answer3.jsonPath().<Object>get("status")).isEqualTo("UP");
        assertThat(answer3.jsonPath().getString("checks.find { it.name == 'gateway-circuits' }.data.'order-service'"))
                .startsWith("OPEN");
    }
}
