package dev.courier.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import dev.courier.gateway.stubs.OrderServiceStub;
import dev.courier.testing.TestServer;
import io.restassured.response.Response;
import java.time.Duration;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * One deadline for an order's details, all calls together (1 s, the gateway's
 * {@code courier.gateway.details-deadline}): a slow order service leaves the user and products less
 * time, and what has not come by then is answered as degraded, not waited for.
 */
@ExtendWith(ArquillianExtension.class)
class DetailsDeadlineIT extends StubbedServices {

    private static final Duration DEADLINE = Duration.ofSeconds(1);

    @Test
    void aSlowOrderAndAHungCatalogStillAnswerWithinTheDeadline() {
        details().then().statusCode(200); // a first call, so that the clients are up and their connections open
        behave("order", "delay-ms", "500");
        behave("inventory", "mode", "hang");

        long start = System.nanoTime();
        Response answer = details();
        Duration took = Duration.ofNanos(System.nanoTime() - start);

        answer.then().statusCode(200);
        assertThat(answer.jsonPath().getString("user.id")).isEqualTo(OrderServiceStub.USER);
        assertThat(answer.jsonPath().getList("degraded.part")).hasSize(3).containsOnly("product");
        assertThat(answer.jsonPath().getList("degraded.reason")).containsOnly("timeout");
        // the order's 500 ms and then the catalog's own 1 s timeout would be 1.5 s
        assertThat(took).isLessThan(DEADLINE.plus(TestServer.scaled(Duration.ofMillis(400))));
    }

    @Test
    void partsThatComeInTimeAreAllThere() {
        behave("order", "delay-ms", "300");
        behave("user", "delay-ms", "300");
        behave("inventory", "delay-ms", "300");

        Response answer = details();

        answer.then().statusCode(200);
        assertThat(answer.jsonPath().getList("degraded")).isEmpty();
        assertThat(answer.jsonPath().getString("user.id")).isEqualTo(OrderServiceStub.USER);
    }
}
