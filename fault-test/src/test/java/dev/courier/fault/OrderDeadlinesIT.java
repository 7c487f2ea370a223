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
import java.sql.ResultSet;
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
 * No order stays PENDING for ever: three orders whose chain breaks (a step fails every delivery
 * and waits in a dead-letter queue) are settled at their deadline as a saga settles them, on the
 * services as built; faults are injected in their databases (triggers), as an operator meets them.
 * <ol>
 *   <li>the payment step is dead-lettered: nothing was charged; the order ends CANCELLED, TIMED_OUT;
 *   <li>the inventory step is dead-lettered after the charge: the charge is refunded; CANCELLED, TIMED_OUT;
 *   <li>as 2, but the refund fails every time: the order NEEDS_ATTENTION, charged; after the
 *       operator's fix and move back it ends CANCELLED, TIMED_OUT, refunded.
 * </ol>
 * The dead letters of 1 and 2, moved back after the order was settled, change nothing and are
 * counted by the service that ignored them. The books balance after each.
 */
class OrderDeadlinesIT {

    private static final String SERVER = "deadlines";
    private static final Duration DEADLINE = Duration.ofSeconds(30);
    private static final Duration SETTLED = TestServer.scaled(DEADLINE.plusSeconds(60));

    private static RequestSpecification http() {
        return ServiceApis.asOperator().contentType(ContentType.JSON);
    }

    /** Runs {@code sql} in {@code service}'s database of this test's server, as its owner. */
    private static void in(String service, String... sql) {
        try (Connection connection = connect(service);
                Statement statement = connection.createStatement()) {
            for (String each : sql) {
                statement.execute(each);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** How many events {@code service} ignored for the closed order {@code orderId} (null: not closed). */
    private static Integer ignoredAfterClosing(String service, String orderId) {
        try (Connection connection = connect(service);
                Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery(
                        "select ignored_events from closed_orders where order_id = '" + orderId + "'")) {
            return row.next() ? row.getInt(1) : null;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Connection connect(String service) throws SQLException {
        Database database = TestDatabase.server().database(SERVER + "_" + service);
        return DriverManager.getConnection(database.url(), database.user(), database.password());
    }

    private static String customer(String balance) {
        String user = http().body(
                        Map.of("name", "Late customer", "email", "late-" + UUID.randomUUID() + "@example.com"))
                .post("/order/api/users")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        http().body(Map.of("balance", new BigDecimal(balance)))
                .put("/payment/api/accounts/{id}", user)
                .then()
                .statusCode(201);
        return user;
    }

    private static String product() {
        return http().body(Map.of("name", "Clock " + UUID.randomUUID(), "price", 10, "stock", 10))
                .post("/inventory/api/products")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    private static String place(String user, String product) {
        return http().body(Map.of("userId", user, "products", List.of(Map.of("productId", product, "quantity", 2))))
                .post("/order/api/orders")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    private static JsonPath order(String id) {
        return http().get("/order/api/orders/{id}", id).jsonPath();
    }

    private static BigDecimal balance(String user) {
        return new BigDecimal(
                http().get("/payment/api/accounts/{id}", user).jsonPath().getString("balance"));
    }

    private static int stock(String product) {
        return http().get("/inventory/api/products/{id}", product).jsonPath().getInt("stock");
    }

    private static List<String> payments(String orderId) {
        return http().queryParam("orderId", orderId)
                .get("/payment/api/payments")
                .jsonPath()
                .getList("items.kind");
    }

    private static ModelNode onDeadLetters(String operation, String queue, String orderId) {
        ModelNode op = Operations.createOperation(operation, ServerManagement.jmsQueue("DLQ." + queue));
        op.get("filter").set("orderId = '" + orderId + "'");
        return op;
    }

    private static int moveBack(CourierServer server, String queue, String orderId) {
        ModelNode move = onDeadLetters("move-messages", queue, orderId);
        move.get("other-queue-name").set(queue);
        return server.manage(move).asInt();
    }

    @Test
    void ordersLeftPendingByStepsThatFailedAreUndoneAtTheirDeadline() {
        try (CourierServer server = new CourierServer(SERVER)
                .withEnvironment(Map.of(
                        "COURIER_ORDER_DEADLINE", DEADLINE.toString(),
                        "COURIER_ORDER_DEADLINE_CHECK", "PT1S",
                        "COURIER_ORDER_UNDO_DEADLINE", "PT10M"))
                .start()) {
            String unpaid = customer("100");
            String paid = customer("100");
            String unrefunded = customer("100");
            String lamp = product();
            String clock = product();
            String vase = product();
            in(
                    "payment",
                    """
                    create function refuse() returns trigger language plpgsql as $$
                    begin
                        raise exception 'refused by OrderDeadlinesIT: % of %', new.kind, new.user_id;
                    end $$""",
                    "create trigger refuse_charge before insert on payments for each row when (new.user_id = '" + unpaid
                            + "') execute function refuse()",
                    "create trigger refuse_refund before insert on payments for each row when (new.user_id = '"
                            + unrefunded + "' and new.kind = 'REFUND') execute function refuse()");
            in(
                    "inventory",
                    """
                    create function refuse() returns trigger language plpgsql as $$
                    begin
                        raise exception 'refused by OrderDeadlinesIT: stock of %', new.id;
                    end $$""",
                    "create trigger refuse_stock before update on products for each row when (new.id in ('" + clock
                            + "', '" + vase + "')) execute function refuse()");

            String notCharged = place(unpaid, lamp);
            String charged = place(paid, clock);
            String refundFails = place(unrefunded, vase);

            // 1. the payment step failed every time; at the deadline there is nothing to undo
            await().atMost(SETTLED)
                    .until(() -> "CANCELLED".equals(order(notCharged).getString("status")));
            assertThat(order(notCharged).getString("cancellationReason")).isEqualTo("TIMED_OUT");
            assertThat(order(notCharged).getList("history.step"))
                    .containsSubsequence("CREATED", "MESSAGE_DEAD_LETTERED", "TIMED_OUT", "CANCELLED")
                    .contains("PAYMENT_RELEASED", "STOCK_RELEASED");
            assertThat(balance(unpaid)).isEqualByComparingTo("100");
            assertThat(payments(notCharged)).isEmpty();
            assertThat(stock(lamp)).isEqualTo(10);

            // 2. the inventory step failed every time after the charge: the charge is refunded
            await().atMost(SETTLED)
                    .until(() -> "CANCELLED".equals(order(charged).getString("status")));
            assertThat(order(charged).getString("cancellationReason")).isEqualTo("TIMED_OUT");
            assertThat(balance(paid)).isEqualByComparingTo("100");
            assertThat(payments(charged)).containsExactly("CHARGE", "REFUND");
            assertThat(stock(clock)).isEqualTo(10);

            // 3. the refund failed every time: an operator's case, the customer still charged
            await().atMost(SETTLED)
                    .until(() -> "NEEDS_ATTENTION".equals(order(refundFails).getString("status")));
            assertThat(order(refundFails).getList("history.step"))
                    .containsSubsequence("CREATED", "TIMED_OUT", "NEEDS_ATTENTION")
                    .contains("STOCK_RELEASED")
                    .doesNotContain("PAYMENT_RELEASED", "CANCELLED");
            assertThat(http().queryParam("status", "NEEDS_ATTENTION")
                            .get("/order/api/orders")
                            .jsonPath()
                            .getList("items.id"))
                    .contains(refundFails);
            assertThat(balance(unrefunded)).isEqualByComparingTo("80");
            assertThat(payments(refundFails)).containsExactly("CHARGE");
            assertThat(stock(vase)).isEqualTo(10);

            // the operator fixes the causes and moves every dead letter of the three orders back
            in("payment", "drop trigger refuse_charge on payments", "drop trigger refuse_refund on payments");
            in("inventory", "drop trigger refuse_stock on products");
            assertThat(moveBack(server, "order.expired.payment", refundFails)).isEqualTo(1);
            assertThat(moveBack(server, "order.created", notCharged)).isEqualTo(1);
            assertThat(moveBack(server, "payment.processed", charged)).isEqualTo(1);
            assertThat(moveBack(server, "payment.processed", refundFails)).isEqualTo(1);

            await().atMost(SETTLED)
                    .until(() -> "CANCELLED".equals(order(refundFails).getString("status")));
            assertThat(order(refundFails).getString("cancellationReason")).isEqualTo("TIMED_OUT");
            assertThat(order(refundFails).getList("history.step"))
                    .containsSubsequence("TIMED_OUT", "NEEDS_ATTENTION", "PAYMENT_RELEASED", "CANCELLED");
            assertThat(balance(unrefunded)).isEqualByComparingTo("100");
            assertThat(payments(refundFails)).containsExactly("CHARGE", "REFUND");

            // the late steps of the settled orders were ignored, counted where they arrived
            await().atMost(SETTLED).until(() -> Integer.valueOf(1).equals(ignoredAfterClosing("payment", notCharged)));
            await().atMost(SETTLED).until(() -> Integer.valueOf(1).equals(ignoredAfterClosing("inventory", charged)));
            await().atMost(SETTLED)
                    .until(() -> Integer.valueOf(1).equals(ignoredAfterClosing("inventory", refundFails)));
            assertThat(stock(vase)).isEqualTo(10);
            assertThat(balance(unpaid)).isEqualByComparingTo("100");
            assertThat(payments(notCharged)).isEmpty();
            assertThat(stock(clock)).isEqualTo(10);
            assertThat(payments(charged)).containsExactly("CHARGE", "REFUND");
            assertThat(order(notCharged).getString("status")).isEqualTo("CANCELLED");
            assertThat(order(charged).getString("status")).isEqualTo("CANCELLED");
            assertThat(server.deadLetters().values()).as("dead letters left").allMatch(count -> count == 0);
        }
    }
}
