package dev.courier.order.orders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import dev.courier.contract.events.EventType;
import dev.courier.contract.events.InventoryUpdated;
import dev.courier.contract.events.OrderCreated;
import dev.courier.contract.events.OrderExpired;
import dev.courier.contract.events.OrderProcessed;
import dev.courier.contract.events.PaymentOutcome;
import dev.courier.contract.events.PaymentRefunded;
import dev.courier.contract.events.PaymentReleased;
import dev.courier.contract.events.RefundRequested;
import dev.courier.contract.events.StockOutcome;
import dev.courier.contract.events.StockReleased;
import dev.courier.contract.events.Undoing;
import dev.courier.order.orders.control.OrderDeadlines;
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
import dev.courier.support.paging.PageRequest;
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

    @Resource(lookup = "java:/jms/queue/order.expired.payment")
    Queue orderExpiredPayment;

    @Resource(lookup = "java:/jms/queue/order.expired.inventory")
    Queue orderExpiredInventory;

    @Resource(lookup = "java:/jms/queue/payment.released")
    Queue paymentReleased;

    @Resource(lookup = "java:/jms/queue/stock.released")
    Queue stockReleased;

    @Resource(lookup = "java:/jms/queue/dead-letter.notices")
    Queue deadLetterNotices;

    @Inject
    OrderDeadlines deadlines;

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

        assertThat(created.total()).isEqualTo(order.total());
        assertThat(created.userId()).isEqualTo(order.userId());
        assertThat(created.correlationId()).isEqualTo(order.correlationId());
        assertThat(created.lines().get(0).productId()).isEqualTo(UUID.fromString(CatalogStub.BEANS));
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
            assertThat(steps(processed))
                    .isEqualTo(
                            List.of(OrderStep.CREATED, OrderStep.PAID, OrderStep.STOCK_RESERVED, OrderStep.PROCESSED));
            OrderProcessed announced =
                    EventMessages.decode(subscriber.receive(QueueProbe.WAIT.toMillis()), EventType.ORDER_PROCESSED);
            assertThat(announced.status()).isEqualTo("PROCESSED");
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
        assertThat(cancelled.cancellationReason()).isEqualTo(CancellationReason.PAYMENT_DECLINED);
        assertThat(steps(cancelled))
                .isEqualTo(List.of(OrderStep.CREATED, OrderStep.PAYMENT_DECLINED, OrderStep.CANCELLED));
    }

    @Test
    @OperateOnDeployment("order")
    void rejectedStockAsksForARefundAndTheRefundCancelsTheOrder() {
        InventoryUpdated rejected = stock(StockOutcome.REJECTED, PaymentOutcome.CHARGED);
        EventMessages.send(jms, inventoryUpdated, EventType.INVENTORY_UPDATED, rejected);

        RefundRequested refund =
                EventMessages.decode(QueueProbe.next(jms, refundRequested, order.id()), EventType.REFUND_REQUESTED);
        assertThat(refund.paymentId()).isEqualTo(rejected.paymentId());
        assertThat(refund.amount()).isEqualTo(order.total());
        assertThat(orders.find(order.id()).orElseThrow().status()).isEqualTo(OrderStatus.PENDING);

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
        assertThat(cancelled.cancellationReason()).isEqualTo(CancellationReason.OUT_OF_STOCK);
        assertThat(steps(cancelled))
                .isEqualTo(List.of(
                        OrderStep.CREATED,
                        OrderStep.PAID,
                        OrderStep.STOCK_REJECTED,
                        OrderStep.REFUND_REQUESTED,
                        OrderStep.REFUNDED,
                        OrderStep.CANCELLED));
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
        assertThat(failed.status()).isEqualTo(OrderStatus.PENDING);
        assertThat(failed.history().get(failed.history().size() - 1).detail().startsWith(type))
                .isTrue();
    }

    private void release(Undoing payment, Undoing stock) {
        EventMessages.send(
                jms,
                paymentReleased,
                EventType.PAYMENT_RELEASED,
                new PaymentReleased(
                        UUID.randomUUID(),
                        order.id(),
                        order.correlationId(),
                        Instant.now(),
                        order.userId(),
                        payment,
                        payment == Undoing.UNDONE ? UUID.randomUUID() : null,
                        payment == Undoing.UNDONE ? order.total() : null));
        EventMessages.send(
                jms,
                stockReleased,
                EventType.STOCK_RELEASED,
                new StockReleased(
                        UUID.randomUUID(),
                        order.id(),
                        order.correlationId(),
                        Instant.now(),
                        order.userId(),
                        stock,
                        List.of()));
    }

    @Test
    @OperateOnDeployment("order")
    void anOrderPastItsDeadlineIsUndoneByBothStepsThenCancelledTimedOut() {
        assertThat(deadlines.expire(order.id(), order.deadline()))
                .as("at the deadline")
                .isFalse();

        assertThat(deadlines.expire(order.id(), order.deadline().plusMillis(1))).isTrue();
        assertThat(deadlines.expire(order.id(), order.deadline().plusMillis(2)))
                .as("once")
                .isFalse();

        assertThat(orders.find(order.id()).orElseThrow().status()).isEqualTo(OrderStatus.CANCELLING);
        OrderExpired toPayment =
                EventMessages.decode(QueueProbe.next(jms, orderExpiredPayment, order.id()), EventType.ORDER_EXPIRED);
        OrderExpired toInventory =
                EventMessages.decode(QueueProbe.next(jms, orderExpiredInventory, order.id()), EventType.ORDER_EXPIRED);
        assertThat(toPayment).isEqualTo(toInventory);
        assertThat(toPayment.deadline()).isEqualTo(order.deadline());
        assertThat(toPayment.lines()).hasSize(1);

        try (JMSConsumer subscriber = jms.createConsumer(orderProcessed, "orderId = '" + order.id() + "'")) {
            // the regular chain's answer, late: it changes nothing
            EventMessages.send(
                    jms,
                    inventoryUpdated,
                    EventType.INVENTORY_UPDATED,
                    stock(StockOutcome.RESERVED, PaymentOutcome.CHARGED));
            release(Undoing.UNDONE, Undoing.UNDONE);

            Order cancelled = awaitStatus(OrderStatus.CANCELLED);
            assertThat(cancelled.cancellationReason()).isEqualTo(CancellationReason.TIMED_OUT);
            // the late answer and the releases come on different queues: it may be ignored before or
            // after the cancellation (awaited below)
            assertThat(steps(cancelled).stream()
                            .filter(step -> step != OrderStep.LATE_EVENT_IGNORED)
                            .toList())
                    .startsWith(OrderStep.CREATED, OrderStep.TIMED_OUT)
                    .endsWith(OrderStep.CANCELLED)
                    .contains(OrderStep.PAYMENT_RELEASED, OrderStep.STOCK_RELEASED)
                    .doesNotContain(OrderStep.PROCESSED, OrderStep.STOCK_RESERVED);
            await().pollInSameThread()
                    .atMost(QueueProbe.WAIT)
                    .until(() -> steps(orders.find(order.id()).orElseThrow()).contains(OrderStep.LATE_EVENT_IGNORED));
            OrderProcessed announced =
                    EventMessages.decode(subscriber.receive(QueueProbe.WAIT.toMillis()), EventType.ORDER_PROCESSED);
            assertThat(announced.status()).isEqualTo("CANCELLED");
            assertThat(announced.reason()).isEqualTo("TIMED_OUT");
        }
    }

    @Test
    @OperateOnDeployment("order")
    void undoingThatIsDeadLetteredNeedsAttentionUntilTheOperatorsFixLetsItFinish() throws Exception {
        deadlines.expire(order.id(), order.deadline().plusMillis(1));
        Message notice = jms.createTextMessage("{}");
        notice.setStringProperty(EventMessages.TYPE, OrderExpired.TYPE);
        notice.setStringProperty(EventMessages.ORDER_ID, order.id().toString());

        jms.createProducer().send(deadLetterNotices, notice);

        Order stuck = awaitStatus(OrderStatus.NEEDS_ATTENTION);
        assertThat(steps(stuck)).endsWith(OrderStep.TIMED_OUT, OrderStep.NEEDS_ATTENTION);
        assertThat(orders.list(null, OrderStatus.NEEDS_ATTENTION, new PageRequest(0, 100))
                        .items())
                .contains(stuck);

        release(Undoing.NOTHING_TO_UNDO, Undoing.NOTHING_TO_UNDO);
        assertThat(awaitStatus(OrderStatus.CANCELLED).cancellationReason()).isEqualTo(CancellationReason.TIMED_OUT);
    }

    @Test
    @OperateOnDeployment("order")
    void aPlacementThatFailsAfterItsSendLeavesNeitherOrderNorMessage() {
        QueueProbe.next(jms, orderCreated, order.id()); // the placement of @BeforeEach, committed
        Order twin = new Order(order.id(), order.userId(), order.lines());

        // same id: the insert fails at commit, after order.created was sent in the same transaction
        assertThatThrownBy(() -> orders.place(twin)).isInstanceOf(Exception.class);

        assertThat(QueueProbe.anyNow(jms, orderCreated, order.id()))
                .as("order.created of a placement that rolled back")
                .isFalse();
        assertThat(orders.find(order.id()).orElseThrow().correlationId()).isEqualTo(order.correlationId());
    }
}
