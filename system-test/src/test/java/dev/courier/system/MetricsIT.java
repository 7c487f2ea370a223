package dev.courier.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.courier.testing.AllServices;
import dev.courier.testing.ServerMetrics;
import dev.courier.testing.TestServer;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The metrics endpoint after a short burst of orders, one of each outcome, placed through the
 * gateway: Courier's own figures, the queues', fault tolerance's and HTTP's, each moved by what
 * the orders did. Figures are compared with a reading taken before the orders.
 */
@ExtendWith(ArquillianExtension.class)
class MetricsIT extends AllServices {

    private static final Duration CHAIN = TestServer.scaled(Duration.ofSeconds(30));
    private static final String PLACE = "dev.courier.gateway.downstream.control.OrderServiceCalls.place";

    @Test
    void theEndpointCountsTheOrdersTheirOutcomesAndTheirWay() {
        String rich = user("500.00");
        String poor = user("1.00");
        String plenty = product("20.00", 50);
        String scarce = product("5.00", 1);
        ServerMetrics before = ServerMetrics.read();

        List<String> orders = List.of(place(rich, plenty, 2), place(poor, plenty, 1), place(rich, scarce, 3));
        orders.forEach(MetricsIT::awaitSettled);

        ServerMetrics after = await().atMost(CHAIN)
                .until(ServerMetrics::read, now -> grew(before, now, "courier_orders_settled_total") >= 3);
        assertThat(grew(before, after, "courier_orders_placed_total")).isEqualTo(3);
        assertThat(grew(before, after, "courier_orders_settled_total", "status", "PROCESSED", "reason", "none"))
                .isEqualTo(1);
        assertThat(grew(
                        before,
                        after,
                        "courier_orders_settled_total",
                        "status",
                        "CANCELLED",
                        "reason",
                        "PAYMENT_DECLINED"))
                .isEqualTo(1);
        assertThat(grew(before, after, "courier_orders_settled_total", "status", "CANCELLED", "reason", "OUT_OF_STOCK"))
                .isEqualTo(1);
        // the time from placement to the final state: every order in the +Inf bucket and in the timer
        assertThat(grew(before, after, "courier_orders_settled_within_total", "le", "+Inf"))
                .isEqualTo(3);
        assertThat(grew(before, after, "courier_orders_time_to_settle_seconds_count"))
                .isEqualTo(3);
        assertThat(after.sum("courier_orders_settled_within_total", "le", "0.1"))
                .isLessThanOrEqualTo(after.sum("courier_orders_settled_within_total", "le", "1800.0"));
        assertThat(after.samples("courier_orders_needing_attention")).hasSize(1);

        // each step of the chain: the queues' traffic, and each delivery handled once
        for (String queue : List.of("order.created", "payment.processed", "inventory.updated")) {
            assertThat(grew(
                            before,
                            after,
                            "messaging_activemq_messages_added_total",
                            "name",
                            queue,
                            "type",
                            "jms-queue"))
                    .as(queue)
                    .isEqualTo(3);
            assertThat(grew(before, after, "courier_messages_handled_seconds_count", "queue", queue, "outcome", "done"))
                    .as(queue)
                    .isEqualTo(3);
            assertThat(after.samples("messaging_activemq_message_count", "name", "DLQ." + queue, "type", "jms-queue"))
                    .as("the depth of the dead-letter queue of " + queue)
                    .hasSize(1);
        }
        for (String queue : List.of("refund.requested", "payment.refunded")) {
            assertThat(grew(
                            before,
                            after,
                            "messaging_activemq_messages_added_total",
                            "name",
                            queue,
                            "type",
                            "jms-queue"))
                    .as(queue)
                    .isEqualTo(1);
        }
        assertThat(after.sum("messaging_activemq_message_count", "name", "order.created", "type", "jms-queue"))
                .isZero();

        // the gateway's guarded call, and HTTP
        assertThat(grew(before, after, "ft_invocations_total", "method", PLACE, "result", "valueReturned"))
                .isEqualTo(3);
        assertThat(grew(
                        before,
                        after,
                        "ft_circuitbreaker_calls_total",
                        "method",
                        PLACE,
                        "circuitBreakerResult",
                        "success"))
                .isEqualTo(3);
        String gatewayApi = "dev.courier.gateway.GatewayApplication"; // the servlet of the gateway's JAX-RS application
        assertThat(grew(before, after, "undertow_request_count_total", "name", gatewayApi, "type", "servlet"))
                .isEqualTo(3);
        assertThat(grew(before, after, "undertow_total_request_time_seconds_total", "name", gatewayApi))
                .isPositive();
    }

    private static double grew(ServerMetrics before, ServerMetrics after, String name, String... labels) {
        return after.sum(name, labels) - before.sum(name, labels);
    }

    private static String place(String user, String product, int quantity) {
        return asCustomer(user)
                .body(Map.of("userId", user, "products", List.of(Map.of("productId", product, "quantity", quantity))))
                .post("/api/orders")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    private static void awaitSettled(String order) {
        await().atMost(CHAIN)
                .until(
                        () -> http().get("/order/api/orders/{id}", order)
                                .jsonPath()
                                .getString("status"),
                        status -> "PROCESSED".equals(status) || "CANCELLED".equals(status));
    }

    private static String user(String balance) {
        String id = http().body(Map.of("name", "Customer", "email", "m-" + UUID.randomUUID() + "@example.com"))
                .post("/order/api/users")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        http().body(Map.of("balance", new BigDecimal(balance)))
                .put("/payment/api/accounts/{id}", id)
                .then()
                .statusCode(201);
        return id;
    }

    private static String product(String price, int stock) {
        return http().body(
                        Map.of("name", "Product " + UUID.randomUUID(), "price", new BigDecimal(price), "stock", stock))
                .post("/inventory/api/products")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }
}
