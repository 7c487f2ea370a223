package dev.courier.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.courier.gateway.downstream.control.InventoryServiceCalls;
import dev.courier.gateway.stubs.OrderServiceStub;
import dev.courier.testing.ServerMetrics;
import dev.courier.testing.TestServer;
import dev.courier.testing.Tokens;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A hung catalog: the gateway answers within its timeout with the products named as degraded,
 * then its circuit opens and answers come at once, other routes stay fast, and once the catalog
 * recovers the circuit lets a limited number of trial calls through and closes.
 */
@ExtendWith(ArquillianExtension.class)
class HungCatalogIT extends StubbedServices {

    private static Duration timed(Runnable call) {
        long start = System.nanoTime();
        call.run();
        return Duration.ofNanos(System.nanoTime() - start);
    }

    /** {@code count} details requests at the same moment, and their answers. */
    private static List<JsonPath> burstOfDetails(int count) {
        HttpClient client = HttpClient.newHttpClient();
        HttpRequest request = HttpRequest.newBuilder(
                        URI.create(TestServer.httpUrl() + "/api/orders/" + OrderServiceStub.ORDER + "/details"))
                .header("Authorization", "Bearer " + Tokens.customer(UUID.fromString(OrderServiceStub.USER)))
                .build();
        List<CompletableFuture<HttpResponse<String>>> answers = IntStream.range(0, count)
                .mapToObj(i -> client.sendAsync(request, HttpResponse.BodyHandlers.ofString()))
                .toList();
        return answers.stream()
                .map(CompletableFuture::join)
                .map(answer -> JsonPath.from(answer.body()))
                .toList();
    }

    private static boolean complete(JsonPath details) {
        return details.getList("degraded").isEmpty();
    }

    private static boolean refusedAsOpen(JsonPath details) {
        return details.getList("degraded.reason").contains("circuit open");
    }

    @Test
    void aHungCatalogDegradesThenFailsFastThenRecovers() {
        ServerMetrics metricsBefore = ServerMetrics.read();
        var before = details().then().statusCode(200).extract();
        assertThat(before.jsonPath().getList("degraded")).isEmpty();
        behave("inventory", "mode", "hang");

        // until the breaker opens (its window of 4 calls half failed): every answer within the
        // timeout, with the user, and the products degraded by "timeout"
        int timeouts = 0;
        while (true) {
            Response[] answer = new Response[1];
            Duration took = timed(() -> answer[0] = details());
            answer[0].then().statusCode(200);
            JsonPath body = answer[0].jsonPath();
            assertThat(body.getString("user.id")).isEqualTo(OrderServiceStub.USER);
            assertThat(body.getList("degraded")).hasSize(3);
            assertThat(body.getList("degraded.part")).containsOnly("product");
            if (body.getList("degraded.reason").contains("circuit open")) {
                break;
            }
            assertThat(body.getList("degraded.reason")).containsOnly("timeout");
            assertThat(took).isLessThan(TIMEOUT.plus(TestServer.scaled(Duration.ofMillis(500))));
            timeouts++;
            assertThat(timeouts).as("timeouts before the circuit opens").isLessThanOrEqualTo(4);
        }
        assertThat(timeouts).as("timeouts before the circuit opens").isGreaterThanOrEqualTo(2);

        // open: at once, and said so
        Response[] open = new Response[1];
        Duration fast = timed(() -> open[0] = details());
        open[0].then().statusCode(200);
        assertThat(open[0].jsonPath().getList("degraded.reason")).containsOnly("circuit open");
        assertThat(fast).isLessThan(FAST);
        ServerMetrics metricsOpen = ServerMetrics.read();
        assertThat(grew(metricsBefore, metricsOpen, "ft_circuitbreaker_opened_total"))
                .as("circuit openings")
                .isEqualTo(1.0);
        assertThat(grew(
                        metricsBefore,
                        metricsOpen,
                        "ft_circuitbreaker_calls_total",
                        "circuitBreakerResult",
                        "circuitBreakerOpen"))
                .as("calls refused while open")
                .isGreaterThanOrEqualTo(1.0);
        readiness().then().statusCode(200);

        // a route that does not need the catalog keeps answering fast
        assertThat(timed(() -> gatewayApi()
                        .get("/users/{id}", OrderServiceStub.USER)
                        .then()
                        .statusCode(200)))
                .isLessThan(FAST);

        // recovered, but slow: after the breaker's delay it lets at most 2 trial calls through at
        // once (its success threshold), refuses the rest, and closes once the trials succeeded
        behaveNormally();
        behave("inventory", "delay-ms", "600");
        List<JsonPath> firstTrials = await().atMost(TestServer.scaled(Duration.ofSeconds(20)))
                .pollInterval(Duration.ofMillis(300))
                .until(() -> burstOfDetails(6), answers -> answers.stream().anyMatch(HungCatalogIT::complete));
        long trials = firstTrials.stream().filter(HungCatalogIT::complete).count();
        assertThat(trials).as("trial calls let through at once").isBetween(1L, 2L);
        assertThat(firstTrials).filteredOn(HungCatalogIT::refusedAsOpen).hasSize((int) (6 - trials));
        await().atMost(TestServer.scaled(Duration.ofSeconds(10)))
                .pollInterval(Duration.ofMillis(300))
                .until(() -> burstOfDetails(6), answers -> answers.stream().allMatch(HungCatalogIT::complete));
        assertThat(grew(
                        metricsOpen,
                        ServerMetrics.read(),
                        "ft_circuitbreaker_calls_total",
                        "circuitBreakerResult",
                        "success"))
                .as("calls through the circuit after it closed")
                .isGreaterThanOrEqualTo(6.0);
    }

    /**
     * How much the catalog circuit's counter {@code name} (with {@code labels}) grew between two
     * readings. Counters, not the state gauge: a redeployed WAR's gauges still read the first
     * deployment's breaker, as WildFly 39 keeps a deployment's meters after it is undeployed.
     */
    private static double grew(ServerMetrics before, ServerMetrics after, String name, String... labels) {
        String[] withMethod = new String[labels.length + 2];
        withMethod[0] = "method";
        withMethod[1] = InventoryServiceCalls.class.getName() + ".products";
        System.arraycopy(labels, 0, withMethod, 2, labels.length);
        return after.sum(name, withMethod) - before.sum(name, withMethod);
    }
}
