package dev.courier.order.orders;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.courier.contract.events.EventType;
import dev.courier.contract.events.InventoryUpdated;
import dev.courier.contract.events.OrderCreated;
import dev.courier.contract.events.OrderProcessed;
import dev.courier.contract.events.PaymentOutcome;
import dev.courier.contract.events.PaymentRefunded;
import dev.courier.contract.events.RefundRequested;
import dev.courier.contract.events.StockOutcome;
import dev.courier.order.orders.control.OrderPlacement;
import dev.courier.order.orders.control.OrderPlacement.Wanted;
import dev.courier.order.orders.control.Orders;
import dev.courier.order.orders.entity.CancellationReason;
import dev.courier.order.orders.entity.HistoryEntry;
import dev.courier.order.orders.entity.Order;
import dev.courier.order.orders.entity.OrderStatus;
import dev.courier.order.orders.entity.OrderStep;
import dev.courier.order.stubs.CatalogStub;
import dev.courier.order.stubs.StubDeployments;
import dev.courier.order.users.control.Users;
import dev.courier.support.messaging.EventMessages;
import dev.courier.testing.Deployments;
import dev.courier.testing.QueueProbe;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.jms.JMSConsumer;
import jakarta.jms.JMSContext;
import jakarta.jms.Message;
import jakarta.jms.Queue;
import jakarta.jms.Topic;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.OperateOnDeployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The order's end of the chain inside the server: placing starts it, stock and refund events end it. */
@ExtendWith(ArquillianExtension.class)
class OrderOutcomesIT {

    @Deployment(name = "catalog", order = 1, testable = false)
    static WebArchive catalog() {
        return StubDeployments.catalog();
    }

    @Deployment(name = "order", order = 2)
    static WebArchive order() {
        return Deployments.inContainer(Deployments.builtWar("order"));
    }

    @Inject
    JMSContext jms;

    @Resource(lookup = "java:/jms/queue/order.created")
    Queue orderCreated;

    @Resource(lookup = "java:/jms/queue/inventory.updated")
    Queue inventoryUpdated;

    @Resource(lookup = "java:/jms/queue/refund.requested")
    Queue refundRequested;

    @Resource(lookup = "java:/jms/queue/payment.refunded")
    Queue paymentRefunded;

    @Resource(lookup = "java:/jms/topic/order.processed")
    Topic orderProcessed;

    @Inject
    OrderPlacement placement;

    @Inject
    Orders orders;

    @Inject
    Users users;

    private Order order;

    @BeforeEach
    void placeOrder() {
        if (users != null) { // null on the client side, where this runs too
            UUID user = users.register("Chain", "chain-" + UUID.randomUUID() + "@example.com")
                    .id();
            order = placement.place(user, List.of(new Wanted(UUID.fromString(CatalogStub.BEANS), 2)));
        }
    }

    private InventoryUpdated stock(StockOutcome outcome, PaymentOutcome payment) {
        return new InventoryUpdated(
                UUID.randomUUID(),
                order.id(),
                order.correlationId(),
                Instant.now(),
                order.userId(),
                outcome,
                outcome == StockOutcome.REJECTED ? List.of(UUID.fromString(CatalogStub.BEANS)) : List.of(),
                payment,
                payment == PaymentOutcome.CHARGED ? UUID.randomUUID() : null,
                payment == PaymentOutcome.CHARGED ? order.total() : null,
                payment == PaymentOutcome.DECLINED ? "INSUFFICIENT_FUNDS" : null,
                Instant.now());
    }

    private Order awaitStatus(OrderStatus status) {
        return await().pollInSameThread()
                .atMost(QueueProbe.WAIT)
                .until(() -> orders.find(order.id()).orElseThrow(), found -> found.status() == status);
    }

    private static List<OrderStep> steps(Order order) {
        return order.history().stream().map(HistoryEntry::step).toList();
    }

    @Test
    @OperateOnDeployment("order")
    void placingAnOrderStartsTheChainInTheSameTransaction() {
        OrderCreated created =
                EventMessages.decode(QueueProbe.next(jms, orderCreated, order.id()), EventType.ORDER_CREATED);

        assertEquals(order.total(), created.total());
        assertEquals(order.userId(), created.userId());
        assertEquals(order.correlationId(), created.correlationId());
        assertEquals(UUID.fromString(CatalogStub.BEANS), created.lines().get(0).productId());
    }

    @Test
    @OperateOnDeployment("order")
    void reservedStockCompletesTheOrderAndAnnouncesIt() {
        try (JMSConsumer subscriber = jms.createConsumer(orderProcessed, "orderId = '" + order.id() + "'")) {
            EventMessages.send(
                    jms,
                    inventoryUpdated,
                    EventType.INVENTORY_UPDATED,
                    stock(StockOutcome.RESERVED, PaymentOutcome.CHARGED));

            Order processed = awaitStatus(OrderStatus.PROCESSED);
            assertEquals(
                    List.of(OrderStep.CREATED, OrderStep.PAID, OrderStep.STOCK_RESERVED, OrderStep.PROCESSED),
                    steps(processed));
            OrderProcessed announced =
                    EventMessages.decode(subscriber.receive(QueueProbe.WAIT.toMillis()), EventType.ORDER_PROCESSED);
            assertEquals("PROCESSED", announced.status());
        }
    }

    @Test
    @OperateOnDeployment("order")
    void aDeclinedPaymentCancelsTheOrder() {
        EventMessages.send(
                jms,
                inventoryUpdated,
                EventType.INVENTORY_UPDATED,
                stock(StockOutcome.NOT_ATTEMPTED, PaymentOutcome.DECLINED));

        Order cancelled = awaitStatus(OrderStatus.CANCELLED);
        assertEquals(CancellationReason.PAYMENT_DECLINED, cancelled.cancellationReason());
        assertEquals(List.of(OrderStep.CREATED, OrderStep.PAYMENT_DECLINED, OrderStep.CANCELLED), steps(cancelled));
    }

    @Test
    @OperateOnDeployment("order")
    void rejectedStockAsksForARefundAndTheRefundCancelsTheOrder() {
        InventoryUpdated rejected = stock(StockOutcome.REJECTED, PaymentOutcome.CHARGED);
        EventMessages.send(jms, inventoryUpdated, EventType.INVENTORY_UPDATED, rejected);

        RefundRequested refund =
                EventMessages.decode(QueueProbe.next(jms, refundRequested, order.id()), EventType.REFUND_REQUESTED);
        assertEquals(rejected.paymentId(), refund.paymentId());
        assertEquals(order.total(), refund.amount());
        assertEquals(OrderStatus.PENDING, orders.find(order.id()).orElseThrow().status());

        EventMessages.send(
                jms,
                paymentRefunded,
                EventType.PAYMENT_REFUNDED,
                new PaymentRefunded(
                        UUID.randomUUID(),
                        order.id(),
                        order.correlationId(),
                        Instant.now(),
                        order.userId(),
                        UUID.randomUUID(),
                        refund.amount()));

        Order cancelled = awaitStatus(OrderStatus.CANCELLED);
        assertEquals(CancellationReason.OUT_OF_STOCK, cancelled.cancellationReason());
        assertEquals(
                List.of(
                        OrderStep.CREATED,
                        OrderStep.PAID,
                        OrderStep.STOCK_REJECTED,
                        OrderStep.REFUND_REQUESTED,
                        OrderStep.REFUNDED,
                        OrderStep.CANCELLED),
                steps(cancelled));
    }

    @Test
    @OperateOnDeployment("order")
    void theSameEventDeliveredTwiceHasTheEffectOfOne() {
        InventoryUpdated reserved = stock(StockOutcome.RESERVED, PaymentOutcome.CHARGED);

        EventMessages.send(jms, inventoryUpdated, EventType.INVENTORY_UPDATED, reserved);
        awaitStatus(OrderStatus.PROCESSED);
        EventMessages.send(jms, inventoryUpdated, EventType.INVENTORY_UPDATED, reserved);

        await().pollInSameThread()
                .atMost(QueueProbe.WAIT)
                .until(() -> QueueProbe.drained(jms, inventoryUpdated, order.id()));
        await().pollInSameThread()
                .during(Duration.ofSeconds(1))
                .atMost(QueueProbe.WAIT)
                .until(() -> steps(orders.find(order.id()).orElseThrow()).size() == 4);
    }

    @ParameterizedTest
    @ValueSource(strings = {InventoryUpdated.TYPE, PaymentRefunded.TYPE})
    @OperateOnDeployment("order")
    void anUndecodableMessageIsDeadLetteredAndShowsInTheHistoryOfItsOrder(String type) throws Exception {
        Queue queue = InventoryUpdated.TYPE.equals(type) ? inventoryUpdated : paymentRefunded;
        Message poison = jms.createTextMessage("{\"outcome\": \"SHIPPED\"}");
        poison.setStringProperty(EventMessages.TYPE, type);
        poison.setIntProperty(EventMessages.VERSION, 1);
        poison.setStringProperty(EventMessages.ORDER_ID, order.id().toString());

        jms.createProducer().send(queue, poison);

        Order failed = await().pollInSameThread()
                .atMost(QueueProbe.WAIT)
                .until(
                        () -> orders.find(order.id()).orElseThrow(),
                        found -> steps(found).contains(OrderStep.MESSAGE_DEAD_LETTERED));
        assertEquals(OrderStatus.PENDING, failed.status());
        assertTrue(failed.history().get(failed.history().size() - 1).detail().startsWith(type));
    }

    @Test
    @OperateOnDeployment("order")
    void aPlacementThatFailsAfterItsSendLeavesNeitherOrderNorMessage() {
        QueueProbe.next(jms, orderCreated, order.id()); // the placement of @BeforeEach, committed
        Order twin = new Order(order.id(), order.userId(), order.lines());

        // same id: the insert fails at commit, after order.created was sent in the same transaction
        assertThrows(Exception.class, () -> orders.place(twin));

        assertFalse(QueueProbe.anyNow(jms, orderCreated, order.id()), "order.created of a placement that rolled back");
        assertEquals(
                order.correlationId(), orders.find(order.id()).orElseThrow().correlationId());
    }
}
