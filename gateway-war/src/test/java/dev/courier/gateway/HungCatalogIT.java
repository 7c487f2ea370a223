package dev.courier.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;

import java.time.Duration;
import java.util.List;

import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import dev.courier.gateway.stubs.OrderServiceStub;
import dev.courier.testing.TestServer;
import io.restassured.response.Response;

/**
 * A hung catalog: the gateway answers within its timeout with the products named as degraded,
 * then its circuit opens and answers come at once, other routes stay fast, and once the catalog
 * recovers the circuit lets trial calls through and closes.
 */
@ExtendWith(ArquillianExtension.class)
class HungCatalogIT extends StubbedServices {

    private static Duration timed(Runnable call) {
        long start = System.nanoTime();
        call.run();
        return Duration.ofNanos(System.nanoTime() - start);
    }

    @Test
    void aHungCatalogDegradesThenFailsFastThenRecovers() throws Exception {
        details().then().statusCode(200).body("degraded", hasSize(0));
        behave("inventory", "mode", "hang");

        // until the breaker opens (its window of 4 calls half failed): every answer within the
        // timeout, with the user, and the products degraded by "timeout"
        int timeouts = 0;
        while (true) {
            Response[] answer = new Response[1];
            Duration took = timed(() -> answer[0] = details());
            answer[0].then().statusCode(200).body("user.id", equalTo(OrderServiceStub.USER)).body("degraded", hasSize(3))
                    .body("degraded.part", everyItem(equalTo("product")));
            if (answer[0].jsonPath().getList("degraded.reason").contains("circuit open")) {
                break;
            }
            answer[0].then().body("degraded.reason", everyItem(equalTo("timeout")));
            assertThat(took).isLessThan(TIMEOUT.plus(TestServer.scaled(Duration.ofMillis(500))));
            timeouts++;
            assertThat(timeouts).as("timeouts before the circuit opens").isLessThanOrEqualTo(4);
        }
        assertThat(timeouts).as("timeouts before the circuit opens").isGreaterThanOrEqualTo(2);

        // open: at once, and said so
        Response[] open = new Response[1];
        Duration fast = timed(() -> open[0] = details());
        open[0].then().statusCode(200).body("degraded.reason", everyItem(equalTo("circuit open")));
        assertThat(fast).isLessThan(FAST);
        readiness().then().statusCode(200)
                .body("checks.find { it.name == 'gateway-circuits' }.data.'inventory-service'", startsWith("OPEN"));

        // a route that does not need the catalog keeps answering fast
        assertThat(timed(() -> gatewayApi().get("/users/{id}", OrderServiceStub.USER).then().statusCode(200))).isLessThan(FAST);

        // recovered: after the breaker's delay, trial calls go through and it closes again
        behaveNormally();
        await().atMost(TestServer.scaled(Duration.ofSeconds(20))).pollInterval(Duration.ofMillis(500))
                .untilAsserted(() -> details().then().body("degraded", equalTo(List.of())));
        details().then().body("degraded", equalTo(List.of()));
        readiness().then().statusCode(200)
                .body("checks.find { it.name == 'gateway-circuits' }.data.'inventory-service'", startsWith("CLOSED"));
    }
}
