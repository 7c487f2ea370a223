package dev.courier.inventory.stock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.courier.contract.events.EventType;
import dev.courier.contract.events.InventoryUpdated;
import dev.courier.contract.events.OrderExpired;
import dev.courier.contract.events.OrderLine;
import dev.courier.contract.events.PaymentOutcome;
import dev.courier.contract.events.PaymentProcessed;
import dev.courier.contract.events.StockOutcome;
import dev.courier.contract.events.StockReleased;
import dev.courier.contract.events.Undoing;
import dev.courier.inventory.products.control.Catalog;
import dev.courier.inventory.products.entity.Product;
import dev.courier.support.messaging.ClosedOrder;
import dev.courier.support.messaging.EventMessages;
import dev.courier.testing.Deployments;
import dev.courier.testing.QueueProbe;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.jms.JMSContext;
import jakarta.jms.Message;
import jakarta.jms.Queue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The inventory step of the chain inside the server: payment events in, stock and inventory events out. */
@ExtendWith(ArquillianExtension.class)
class StockReservationsIT {

    @Deployment
    static WebArchive inventory() {
        return Deployments.inContainer(Deployments.builtWar("inventory"));
    }

    @Inject
    JMSContext jms;

    @Resource(lookup = "java:/jms/queue/payment.processed")
    Queue paymentProcessed;

    @Resource(lookup = "java:/jms/queue/inventory.updated")
    Queue inventoryUpdated;

    @Resource(lookup = "java:/jms/queue/order.expired.inventory")
    Queue orderExpired;

    @Resource(lookup = "java:/jms/queue/stock.released")
    Queue stockReleased;

    @PersistenceContext(unitName = "inventory")
    EntityManager em;

    @Resource(lookup = "java:/jms/queue/DLQ.payment.processed")
    Queue deadLetters;

    @Inject
    Catalog catalog;

    private Product product(int stock) {
        return catalog.add("Product " + UUID.randomUUID(), new BigDecimal("3.00"), stock);
    }

    private static PaymentProcessed paid(OrderLine... lines) {
        UUID orderId = UUID.randomUUID();
        return new PaymentProcessed(
                UUID.randomUUID(),
                orderId,
                orderId,
                Instant.now(),
                UUID.randomUUID(),
                PaymentOutcome.CHARGED,
                UUID.randomUUID(),
                new BigDecimal("9.00"),
                null,
                List.of(lines));
    }

    private InventoryUpdated outcomeOf(PaymentProcessed payment) {
        return EventMessages.decode(
                QueueProbe.next(jms, inventoryUpdated, payment.orderId()), EventType.INVENTORY_UPDATED);
    }

    private int stockOf(Product product) {
        return catalog.find(product.id()).orElseThrow().stock();
    }

    private static OrderExpired expiryOf(PaymentProcessed payment) {
        return new OrderExpired(
                UUID.randomUUID(),
                payment.orderId(),
                payment.correlationId(),
                Instant.now(),
                payment.userId(),
                payment.occurredAt(),
                payment.lines());
    }

    private StockReleased releaseOf(PaymentProcessed payment) {
        return EventMessages.decode(QueueProbe.next(jms, stockReleased, payment.orderId()), EventType.STOCK_RELEASED);
    }

    @Test
    void anExpiredOrderGetsItsStockBackAndAPaymentArrivingLaterTakesNothing() {
        Product beans = product(10);
        PaymentProcessed payment = paid(new OrderLine(beans.id(), 4));
        EventMessages.send(jms, paymentProcessed, EventType.PAYMENT_PROCESSED, payment);
        assertThat(outcomeOf(payment).outcome()).isEqualTo(StockOutcome.RESERVED);

        EventMessages.send(jms, orderExpired, EventType.ORDER_EXPIRED, expiryOf(payment));

        StockReleased released = releaseOf(payment);
        assertThat(released.outcome()).isEqualTo(Undoing.UNDONE);
        assertThat(released.lines()).isEqualTo(payment.lines());
        assertThat(stockOf(beans)).isEqualTo(10);

        // the same payment once more (as if moved back from a dead-letter queue), under a new event id
        PaymentProcessed late = new PaymentProcessed(
                UUID.randomUUID(),
                payment.orderId(),
                payment.correlationId(),
                Instant.now(),
                payment.userId(),
                payment.outcome(),
                payment.paymentId(),
                payment.amount(),
                null,
                payment.lines());
        EventMessages.send(jms, paymentProcessed, EventType.PAYMENT_PROCESSED, late);
        await().pollInSameThread()
                .atMost(QueueProbe.WAIT)
                .until(() -> em.find(ClosedOrder.class, payment.orderId()).ignoredEvents() == 1);
        assertThat(QueueProbe.anyNow(jms, inventoryUpdated, payment.orderId())).isFalse();
        assertThat(stockOf(beans)).isEqualTo(10);
    }

    @Test
    void anExpiredOrderWhoseStockWasNeverTakenIsClosedWithNothingToPutBack() {
        Product beans = product(10);
        PaymentProcessed payment = paid(new OrderLine(beans.id(), 4));

        EventMessages.send(jms, orderExpired, EventType.ORDER_EXPIRED, expiryOf(payment));

        assertThat(releaseOf(payment).outcome()).isEqualTo(Undoing.NOTHING_TO_UNDO);
        assertThat(stockOf(beans)).isEqualTo(10);
    }

    @Test
    void everyLineOfAPaidOrderIsTakenFromStock() {
        Product beans = product(10);
        Product mugs = product(3);
        PaymentProcessed payment = paid(new OrderLine(beans.id(), 4), new OrderLine(mugs.id(), 3));

        EventMessages.send(jms, paymentProcessed, EventType.PAYMENT_PROCESSED, payment);

        InventoryUpdated outcome = outcomeOf(payment);
        assertThat(outcome.outcome()).isEqualTo(StockOutcome.RESERVED);
        assertThat(outcome.paymentId()).isEqualTo(payment.paymentId());
        assertThat(stockOf(beans)).isEqualTo(6);
        assertThat(stockOf(mugs)).isEqualTo(0);
    }

    @Test
    void oneLineShortRejectsTheWholeOrderAndTakesNothing() {
        Product beans = product(10);
        Product mugs = product(2);
        UUID unknown = UUID.randomUUID();
        PaymentProcessed payment =
                paid(new OrderLine(beans.id(), 4), new OrderLine(mugs.id(), 3), new OrderLine(unknown, 1));

        EventMessages.send(jms, paymentProcessed, EventType.PAYMENT_PROCESSED, payment);

        InventoryUpdated outcome = outcomeOf(payment);
        assertThat(outcome.outcome()).isEqualTo(StockOutcome.REJECTED);
        assertThat(outcome.missingProducts()).isEqualTo(List.of(mugs.id(), unknown));
        assertThat(stockOf(beans)).isEqualTo(10);
        assertThat(stockOf(mugs)).isEqualTo(2);
    }

    @Test
    void aDeclinedPaymentPassesThroughWithoutTouchingStock() {
        Product beans = product(10);
        UUID orderId = UUID.randomUUID();
        PaymentProcessed declined = new PaymentProcessed(
                UUID.randomUUID(),
                orderId,
                orderId,
                Instant.now(),
                UUID.randomUUID(),
                PaymentOutcome.DECLINED,
                null,
                null,
                "INSUFFICIENT_FUNDS",
                List.of(new OrderLine(beans.id(), 1)));

        EventMessages.send(jms, paymentProcessed, EventType.PAYMENT_PROCESSED, declined);

        InventoryUpdated outcome = outcomeOf(declined);
        assertThat(outcome.outcome()).isEqualTo(StockOutcome.NOT_ATTEMPTED);
        assertThat(outcome.paymentOutcome()).isEqualTo(PaymentOutcome.DECLINED);
        assertThat(outcome.declineReason()).isEqualTo("INSUFFICIENT_FUNDS");
        assertThat(stockOf(beans)).isEqualTo(10);
    }

    @Test
    void theSameEventDeliveredTwiceTakesStockOnce() {
        Product beans = product(10);
        PaymentProcessed payment = paid(new OrderLine(beans.id(), 4));

        EventMessages.send(jms, paymentProcessed, EventType.PAYMENT_PROCESSED, payment);
        outcomeOf(payment);
        EventMessages.send(jms, paymentProcessed, EventType.PAYMENT_PROCESSED, payment);

        await().pollInSameThread()
                .atMost(QueueProbe.WAIT)
                .until(() -> QueueProbe.drained(jms, paymentProcessed, payment.orderId()));
        await().pollInSameThread()
                .during(Duration.ofSeconds(1))
                .atMost(QueueProbe.WAIT)
                .until(() -> stockOf(beans) == 6);
        assertThat(QueueProbe.anyNow(jms, inventoryUpdated, payment.orderId()))
                .as("a second inventory.updated for one payment")
                .isFalse();
    }

    @Test
    void aMessageOfAnotherTypeIsDeadLettered() throws Exception {
        UUID orderId = UUID.randomUUID();
        Message wrong = jms.createTextMessage("{}");
        wrong.setStringProperty(EventMessages.TYPE, "OrderShipped");
        wrong.setIntProperty(EventMessages.VERSION, 1);
        wrong.setStringProperty(EventMessages.ORDER_ID, orderId.toString());

        jms.createProducer().send(paymentProcessed, wrong);

        QueueProbe.next(jms, deadLetters, orderId); // in DLQ.payment.processed
    }
}
