package dev.courier.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** An order service that is not deployed is an outage (503), not an unknown order (404). */
@ExtendWith(ArquillianExtension.class)
class OrderServiceMissingIT extends StubbedServices {

    @Test
    void theServersOwn404IsAnOutage() {
        behave("order", "mode", "missing");
        behave("user", "mode", "missing");

        // (the service's own 404 problem is an unknown order: ParallelDetailsIT)
        var answer = details()
                .then()
                .statusCode(503)
                .contentType("application/problem+json")
                .extract();
        assertThat(answer.header("Retry-After")).isNotNull();
    }
}
