package dev.courier.fault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.courier.database.Database;
import dev.courier.testing.ServerManagement;
import dev.courier.testing.ServiceApis;
import dev.courier.testing.TestDatabase;
import dev.courier.testing.TestServer;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.as.controller.client.helpers.Operations;
import org.jboss.dmr.ModelNode;
import org.junit.jupiter.api.Test;

/**
 * An operator's round with a dead letter, end to end: the payment step fails for one customer (a
 * fault in the payment service's database: a trigger refuses that customer's charges), the message
 * ends in the dead-letter queue and the order's history says so; after the fix (the trigger is
 * dropped) the operator moves the message back through the management API and the order
 * completes, charged once. The services run as built: nothing is added to them.
 */
class DeadLetterRecoveryIT {

    private static final Duration CHAIN = TestServer.scaled(Duration.ofSeconds(30));
    private static final String SERVER = "deadletter";

    /** Runs {@code sql} in the payment service's database of this test's server, as its owner. */
    private static void inPaymentDatabase(String... sql) {
        Database payments = TestDatabase.server().database(SERVER + "_payment");
        try (Connection connection = DriverManager.getConnection(payments.url(), payments.user(), payments.password());
                Statement statement = connection.createStatement()) {
            for (String each : sql) {
                statement.execute(each);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void refuseChargesOf(String user) {
        inPaymentDatabase(
                """
                create function refuse_charge() returns trigger language plpgsql as $$
                begin
                    raise exception 'charge refused for % (a fault injected by DeadLetterRecoveryIT)', new.user_id;
                end $$""",
                "create trigger refuse_charge before insert on payments for each row when (new.user_id = '" + user
                        + "') execute function refuse_charge()");
    }

    private static void fixTheCharges() {
        inPaymentDatabase("drop trigger refuse_charge on payments", "drop function refuse_charge()");
    }

    private static RequestSpecification http() {
        return ServiceApis.asOperator().contentType(ContentType.JSON);
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
        try (CourierServer server = new CourierServer(SERVER).start()) {
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
            refuseChargesOf(user);

            String orderId = http().body(
                            Map.of("userId", user, "products", List.of(Map.of("productId", product, "quantity", 2))))
                    .post("/order/api/orders")
                    .then()
                    .statusCode(201)
                    .extract()
                    .path("id");

            // every delivery failed: the message waits in DLQ.order.created and the order says so
            await().atMost(CHAIN)
                    .until(() -> order(orderId).getList("history.step").contains("MESSAGE_DEAD_LETTERED"));
            assertThat(order(orderId).getString("status")).isEqualTo("PENDING");
            assertThat(server.manage(onDeadLetters("count-messages", orderId)).asInt())
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
            fixTheCharges();
            ModelNode move = onDeadLetters("move-messages", orderId);
            move.get("other-queue-name").set("order.created");
            assertThat(server.manage(move).asInt()).isEqualTo(1);

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
}
