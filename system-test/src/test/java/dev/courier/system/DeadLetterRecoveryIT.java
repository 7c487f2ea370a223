package dev.courier.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.courier.payment.payments.FailAfterSending;
import dev.courier.testing.Deployments;
import dev.courier.testing.ServerManagement;
import dev.courier.testing.ServiceApis;
import dev.courier.testing.TestServer;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.as.controller.client.helpers.Operations;
import org.jboss.dmr.ModelNode;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * An operator's round with a dead letter, end to end: the payment step fails for one customer
 * (a fault in this test's payment deployment, switched by a server system property), the message
 * ends in the dead-letter queue and the order's history says so; after the fix the operator moves
 * the message back through the management API and the order completes, charged once.
 */
@ExtendWith(ArquillianExtension.class)
class DeadLetterRecoveryIT {

    private static final Duration CHAIN = TestServer.scaled(Duration.ofSeconds(30));

    @Deployment(name = "inventory", order = 1, testable = false)
    static WebArchive inventory() {
        return Deployments.service("inventory");
    }

    @Deployment(name = "payment", order = 2, testable = false)
    static WebArchive payment() {
        return Deployments.service("payment").addClass(FailAfterSending.class);
    }

    @Deployment(name = "order", order = 3, testable = false)
    static WebArchive order() {
        return Deployments.service("order");
    }

    private static RequestSpecification http() {
        return ServiceApis.asOperator().contentType(ContentType.JSON);
    }

    @AfterEach
    void noFault() {
        ServerManagement.removeSystemProperty(FailAfterSending.FAIL_FOR);
    }

    private static JsonPath order(String id) {
        return http().get("/order/api/orders/{id}", id).jsonPath();
    }

    private static ModelNode onDeadLetters(String operation, String orderId) {
        ModelNode op = Operations.createOperation(operation, ServerManagement.jmsQueue("DLQ.order.created"));
        op.get("filter").set("orderId = '" + orderId + "'");
        return op;
    }

    @Test
    void aDeadLetterIsVisibleAndMovingItBackAfterTheFixCompletesItsOrder() {
        String user = http().body(
                        Map.of("name", "Operator's customer", "email", "dlq-" + UUID.randomUUID() + "@example.com"))
                .post("/order/api/users")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        http().body(Map.of("balance", 100))
                .put("/payment/api/accounts/{id}", user)
                .then()
                .statusCode(201);
        String product = http().body(Map.of("name", "Lamp " + UUID.randomUUID(), "price", 10, "stock", 10))
                .post("/inventory/api/products")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        ServerManagement.setSystemProperty(FailAfterSending.FAIL_FOR, user);

        String orderId = http().body(
                        Map.of("userId", user, "products", List.of(Map.of("productId", product, "quantity", 2))))
                .post("/order/api/orders")
                .then()
                .statusCode(201)
                .extract()
                .path("id");

        // every delivery failed: the message waits in DLQ.order.created and the order says so
        await().atMost(CHAIN).until(() -> order(orderId).getList("history.step").contains("MESSAGE_DEAD_LETTERED"));
        assertThat(order(orderId).getString("status")).isEqualTo("PENDING");
        assertThat(ServerManagement.execute(onDeadLetters("count-messages", orderId))
                        .asInt())
                .isEqualTo(1);
        assertThat(new BigDecimal(http().get("/payment/api/accounts/{id}", user)
                        .jsonPath()
                        .getString("balance")))
                .isEqualByComparingTo("100");
        assertThat(http().queryParam("orderId", orderId)
                        .get("/payment/api/payments")
                        .jsonPath()
                        .getList("items"))
                .isEmpty();

        // the operator fixes the cause and moves the message back to its queue
        ServerManagement.removeSystemProperty(FailAfterSending.FAIL_FOR);
        ModelNode move = onDeadLetters("move-messages", orderId);
        move.get("other-queue-name").set("order.created");
        assertThat(ServerManagement.execute(move).asInt()).isEqualTo(1);

        await().atMost(CHAIN).until(() -> "PROCESSED".equals(order(orderId).getString("status")));
        assertThat(order(orderId).getList("history.step"))
                .containsSubsequence("CREATED", "MESSAGE_DEAD_LETTERED", "PAID", "STOCK_RESERVED", "PROCESSED");
        assertThat(new BigDecimal(http().get("/payment/api/accounts/{id}", user)
                        .jsonPath()
                        .getString("balance")))
                .isEqualByComparingTo("80");
        assertThat(http().get("/inventory/api/products/{id}", product)
                        .jsonPath()
                        .getInt("stock"))
                .isEqualTo(8);
        assertThat(http().queryParam("orderId", orderId)
                        .get("/payment/api/payments")
                        .jsonPath()
                        .getList("items.kind"))
                .containsExactly("CHARGE");
    }
}
