package dev.courier.payment.payments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.courier.contract.events.EventType;
import dev.courier.contract.events.OrderCreated;
import dev.courier.contract.events.OrderExpired;
import dev.courier.contract.events.OrderLine;
import dev.courier.contract.events.PaymentOutcome;
import dev.courier.contract.events.PaymentProcessed;
import dev.courier.contract.events.PaymentRefunded;
import dev.courier.contract.events.PaymentReleased;
import dev.courier.contract.events.RefundRequested;
import dev.courier.contract.events.Undoing;
import dev.courier.payment.accounts.control.Accounts;
import dev.courier.payment.payments.control.Ledger;
import dev.courier.payment.payments.entity.Payment;
import dev.courier.payment.payments.entity.PaymentKind;
import dev.courier.support.messaging.ClosedOrder;
import dev.courier.support.messaging.EventMessages;
import dev.courier.support.messaging.Inbox;
import dev.courier.support.messaging.ProcessedEvent;
import dev.courier.support.paging.PageRequest;
import dev.courier.testing.Deployments;
import dev.courier.testing.QueueProbe;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.jms.JMSContext;
import jakarta.jms.Queue;
import jakarta.jms.TextMessage;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.as.arquillian.container.ManagementClient;
import org.jboss.as.controller.client.helpers.Operations;
import org.jboss.dmr.ModelNode;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The payment steps of the chain inside the server: events in on the real queues, the account and
 * ledger in the payment database, events out on the next queue.
 */
@ExtendWith(ArquillianExtension.class)
class ChargesIT {

    @Deployment
    static WebArchive payment() {
        return Deployments.inContainer(Deployments.builtWar("payment")).addClass(FailAfterSending.class);
    }

    @Inject
    JMSContext jms;

    @Resource(lookup = "java:/jms/queue/order.created")
    Queue orderCreated;

    @Resource(lookup = "java:/jms/queue/payment.processed")
    Queue paymentProcessed;

    @Resource(lookup = "java:/jms/queue/refund.requested")
    Queue refundRequested;

    @Resource(lookup = "java:/jms/queue/payment.refunded")
    Queue paymentRefunded;

    @Resource(lookup = "java:/jms/queue/order.expired.payment")
    Queue orderExpired;

    @Resource(lookup = "java:/jms/queue/payment.released")
    Queue paymentReleased;

    @Resource(lookup = "java:/jms/queue/DLQ.order.created")
    Queue orderCreatedDeadLetters;

    @Resource(lookup = "java:/jms/queue/DLQ.refund.requested")
    Queue refundRequestedDeadLetters;

    @ArquillianResource
    ManagementClient management;

    @Inject
    Accounts accounts;

    @PersistenceContext(unitName = "payment")
    EntityManager em;

    @Resource
    UserTransaction transaction;

    @Inject
    Ledger ledger;

    @AfterEach
    void noFault() {
        System.clearProperty(FailAfterSending.FAIL_FOR);
    }

    private UUID fundedUser(String balance) {
        UUID user = UUID.randomUUID();
        accounts.setBalance(user, new BigDecimal(balance));
        return user;
    }

    private static OrderCreated orderOf(UUID user, String total) {
        UUID eventId = UUID.randomUUID();
        return new OrderCreated(
                eventId,
                UUID.randomUUID(),
                eventId,
                Instant.now(),
                user,
                new BigDecimal(total),
                List.of(new OrderLine(UUID.randomUUID(), 1)));
    }

    private List<Payment> paymentsOf(UUID orderId) {
        return ledger.ofOrder(orderId, new PageRequest(0, 10)).items();
    }

    private BigDecimal balanceOf(UUID user) {
        return accounts.find(user).orElseThrow().balance();
    }

    @Test
    void orderIsChargedItsTotalOnceAndAnnounced() {
        UUID user = fundedUser("100.00");
        OrderCreated order = orderOf(user, "30.50");

        EventMessages.send(jms, orderCreated, EventType.ORDER_CREATED, order);

        PaymentProcessed paid = EventMessages.decode(
                QueueProbe.next(jms, paymentProcessed, order.orderId()), EventType.PAYMENT_PROCESSED);
        assertThat(paid.outcome()).isEqualTo(PaymentOutcome.CHARGED);
        assertThat(paid.correlationId()).isEqualTo(order.correlationId());
        assertThat(paid.lines()).isEqualTo(order.lines());
        assertThat(balanceOf(user)).isEqualTo(new BigDecimal("69.50"));
        assertThat(paymentsOf(order.orderId()).stream().map(Payment::kind).toList())
                .isEqualTo(List.of(PaymentKind.CHARGE));
    }

    @Test
    void orderWithoutEnoughBalanceOrAccountIsDeclinedAndNothingCharged() {
        UUID poor = fundedUser("10.00");
        OrderCreated tooDear = orderOf(poor, "10.01");
        OrderCreated noAccount = orderOf(UUID.randomUUID(), "1.00");

        EventMessages.send(jms, orderCreated, EventType.ORDER_CREATED, tooDear);
        EventMessages.send(jms, orderCreated, EventType.ORDER_CREATED, noAccount);

        PaymentProcessed declined = EventMessages.decode(
                QueueProbe.next(jms, paymentProcessed, tooDear.orderId()), EventType.PAYMENT_PROCESSED);
        assertThat(declined.outcome()).isEqualTo(PaymentOutcome.DECLINED);
        assertThat(declined.declineReason()).isEqualTo("INSUFFICIENT_FUNDS");
        assertThat(EventMessages.decode(
                                QueueProbe.next(jms, paymentProcessed, noAccount.orderId()),
                                EventType.PAYMENT_PROCESSED)
                        .declineReason())
                .isEqualTo("NO_ACCOUNT");
        assertThat(balanceOf(poor)).isEqualTo(new BigDecimal("10.00"));
        assertThat(paymentsOf(tooDear.orderId())).isEqualTo(List.of());
    }

    @Test
    void theSameEventDeliveredTwiceChargesOnce() {
        UUID user = fundedUser("100.00");
        OrderCreated order = orderOf(user, "40.00");

        EventMessages.send(jms, orderCreated, EventType.ORDER_CREATED, order);
        QueueProbe.next(jms, paymentProcessed, order.orderId());
        EventMessages.send(jms, orderCreated, EventType.ORDER_CREATED, order);

        // the repeat is consumed (it leaves the queue) and changes nothing, however long we look
        await().pollInSameThread()
                .atMost(QueueProbe.WAIT)
                .until(() -> QueueProbe.drained(jms, orderCreated, order.orderId()));
        await().pollInSameThread()
                .during(Duration.ofSeconds(1))
                .atMost(QueueProbe.WAIT)
                .until(() -> paymentsOf(order.orderId()).size() == 1
                        && balanceOf(user).compareTo(new BigDecimal("60.00")) == 0);
        assertThat(QueueProbe.anyNow(jms, paymentProcessed, order.orderId()))
                .as("a second payment.processed for one order")
                .isFalse();
    }

    @Test
    void refundGivesTheChargeBack() {
        UUID user = fundedUser("50.00");
        OrderCreated order = orderOf(user, "20.00");
        EventMessages.send(jms, orderCreated, EventType.ORDER_CREATED, order);
        PaymentProcessed paid = EventMessages.decode(
                QueueProbe.next(jms, paymentProcessed, order.orderId()), EventType.PAYMENT_PROCESSED);

        EventMessages.send(
                jms,
                refundRequested,
                EventType.REFUND_REQUESTED,
                new RefundRequested(
                        UUID.randomUUID(),
                        order.orderId(),
                        order.correlationId(),
                        Instant.now(),
                        user,
                        paid.paymentId(),
                        paid.amount(),
                        "OUT_OF_STOCK"));

        PaymentRefunded refunded = EventMessages.decode(
                QueueProbe.next(jms, paymentRefunded, order.orderId()), EventType.PAYMENT_REFUNDED);
        assertThat(refunded.amount()).isEqualTo(new BigDecimal("20.00"));
        assertThat(balanceOf(user)).isEqualTo(new BigDecimal("50.00"));
        assertThat(paymentsOf(order.orderId()).stream().map(Payment::kind).toList())
                .isEqualTo(List.of(PaymentKind.CHARGE, PaymentKind.REFUND));
    }

    private static OrderExpired expiryOf(OrderCreated order) {
        return new OrderExpired(
                UUID.randomUUID(),
                order.orderId(),
                order.correlationId(),
                Instant.now(),
                order.userId(),
                order.occurredAt(),
                order.lines());
    }

    private PaymentReleased releaseOf(OrderCreated order) {
        return EventMessages.decode(QueueProbe.next(jms, paymentReleased, order.orderId()), EventType.PAYMENT_RELEASED);
    }

    @Test
    void anExpiredOrderGetsItsChargeBackAndAChargeArrivingLaterIsIgnored() {
        UUID user = fundedUser("50.00");
        OrderCreated order = orderOf(user, "20.00");
        EventMessages.send(jms, orderCreated, EventType.ORDER_CREATED, order);
        QueueProbe.next(jms, paymentProcessed, order.orderId());

        EventMessages.send(jms, orderExpired, EventType.ORDER_EXPIRED, expiryOf(order));

        PaymentReleased released = releaseOf(order);
        assertThat(released.outcome()).isEqualTo(Undoing.UNDONE);
        assertThat(released.amount()).isEqualTo(new BigDecimal("20.00"));
        assertThat(balanceOf(user)).isEqualTo(new BigDecimal("50.00"));
        assertThat(paymentsOf(order.orderId()).stream().map(Payment::kind).toList())
                .isEqualTo(List.of(PaymentKind.CHARGE, PaymentKind.REFUND));

        // the same charge once more (as if moved back from a dead-letter queue), under a new event id
        OrderCreated late = new OrderCreated(
                UUID.randomUUID(),
                order.orderId(),
                order.correlationId(),
                Instant.now(),
                user,
                order.total(),
                order.lines());
        EventMessages.send(jms, orderCreated, EventType.ORDER_CREATED, late);
        await().pollInSameThread()
                .atMost(QueueProbe.WAIT)
                .until(() -> em.find(ClosedOrder.class, order.orderId()).ignoredEvents() == 1);
        assertThat(QueueProbe.anyNow(jms, paymentProcessed, order.orderId())).isFalse();
        assertThat(balanceOf(user)).isEqualTo(new BigDecimal("50.00"));
        assertThat(paymentsOf(order.orderId())).hasSize(2);
    }

    @Test
    void anExpiredOrderThatWasNeverChargedIsClosedBeforeItsChargeArrives() {
        UUID user = fundedUser("50.00");
        OrderCreated order = orderOf(user, "20.00");

        EventMessages.send(jms, orderExpired, EventType.ORDER_EXPIRED, expiryOf(order));
        assertThat(releaseOf(order).outcome()).isEqualTo(Undoing.NOTHING_TO_UNDO);
        EventMessages.send(jms, orderCreated, EventType.ORDER_CREATED, order);

        await().pollInSameThread()
                .atMost(QueueProbe.WAIT)
                .until(() -> em.find(ClosedOrder.class, order.orderId()).ignoredEvents() == 1);
        assertThat(QueueProbe.anyNow(jms, paymentProcessed, order.orderId())).isFalse();
        assertThat(balanceOf(user)).isEqualTo(new BigDecimal("50.00"));
        assertThat(paymentsOf(order.orderId())).isEmpty();
    }

    @Test
    void poisonGoesToTheDeadLetterQueueWithoutHoldingUpTheOrdersBehindIt() throws Exception {
        UUID poisonOrder = UUID.randomUUID();
        TextMessage poison = jms.createTextMessage("{\"this is\": \"not an order\"");
        poison.setStringProperty(EventMessages.TYPE, OrderCreated.TYPE);
        poison.setIntProperty(EventMessages.VERSION, OrderCreated.VERSION);
        poison.setStringProperty(EventMessages.ORDER_ID, poisonOrder.toString());
        jms.createProducer().send(orderCreated, poison);
        OrderCreated behind = orderOf(fundedUser("10.00"), "5.00");
        EventMessages.send(jms, orderCreated, EventType.ORDER_CREATED, behind);

        assertThat(EventMessages.decode(
                                QueueProbe.next(jms, paymentProcessed, behind.orderId()), EventType.PAYMENT_PROCESSED)
                        .outcome())
                .isEqualTo(PaymentOutcome.CHARGED);
        QueueProbe.next(jms, orderCreatedDeadLetters, poisonOrder); // in DLQ.order.created
    }

    @Test
    void appliedEventsAreForgottenOnlyAfterTheirRetention() throws Exception {
        UUID user = fundedUser("10.00");
        OrderCreated order = orderOf(user, "1.00");
        EventMessages.send(jms, orderCreated, EventType.ORDER_CREATED, order);
        QueueProbe.next(jms, paymentProcessed, order.orderId());

        transaction.begin();
        int forgottenNow = Inbox.forgetAppliedBefore(em, Instant.now().minus(Duration.ofDays(7)));
        boolean stillKnown = em.find(ProcessedEvent.class, order.eventId()) != null;
        int forgottenLater = Inbox.forgetAppliedBefore(em, Instant.now().plusSeconds(1));
        transaction.rollback(); // leave the inbox as it was for the other tests

        assertThat(forgottenNow).isEqualTo(0);
        assertThat(stillKnown).isTrue();
        assertThat(forgottenLater).isGreaterThanOrEqualTo(1);
    }

    @Test
    void anUndecodableRefundRequestIsDeadLettered() throws Exception {
        UUID orderId = UUID.randomUUID();
        TextMessage poison = jms.createTextMessage("{\"amount\": \"all of it\"}");
        poison.setStringProperty(EventMessages.TYPE, RefundRequested.TYPE);
        poison.setIntProperty(EventMessages.VERSION, RefundRequested.VERSION);
        poison.setStringProperty(EventMessages.ORDER_ID, orderId.toString());

        jms.createProducer().send(refundRequested, poison);

        QueueProbe.next(jms, refundRequestedDeadLetters, orderId); // in DLQ.refund.requested
    }

    @Test
    void failureAfterTheSendLeavesNoChargeAndNoMessageAndTheFixedMessageCompletesWhenMovedBack() throws Exception {
        UUID user = fundedUser("80.00");
        OrderCreated order = orderOf(user, "25.00");
        System.setProperty(FailAfterSending.FAIL_FOR, user.toString());

        EventMessages.send(jms, orderCreated, EventType.ORDER_CREATED, order);

        // every attempt rolled back: the message is dead, nothing was charged, nothing was sent on
        await().pollInSameThread().atMost(QueueProbe.WAIT).until(() -> deadLetterCount(order.orderId()) == 1);
        assertThat(balanceOf(user)).isEqualTo(new BigDecimal("80.00"));
        assertThat(paymentsOf(order.orderId())).isEqualTo(List.of());
        assertThat(QueueProbe.anyNow(jms, paymentProcessed, order.orderId()))
                .as("payment.processed of a rolled-back attempt")
                .isFalse();

        // the operator fixes the cause and moves the message back through the management API
        System.clearProperty(FailAfterSending.FAIL_FOR);
        ModelNode move = Operations.createOperation("move-messages", deadLetterQueue());
        move.get("filter").set("orderId = '" + order.orderId() + "'");
        move.get("other-queue-name").set("order.created");
        assertThat(execute(move).asInt()).isEqualTo(1);

        assertThat(EventMessages.decode(
                                QueueProbe.next(jms, paymentProcessed, order.orderId()), EventType.PAYMENT_PROCESSED)
                        .outcome())
                .isEqualTo(PaymentOutcome.CHARGED);
        assertThat(balanceOf(user)).isEqualTo(new BigDecimal("55.00"));
    }

    /** The result of a management operation, the same as the console or the CLI would run. */
    private ModelNode execute(ModelNode operation) throws java.io.IOException {
        ModelNode outcome = management.getControllerClient().execute(operation);
        if (!Operations.isSuccessfulOutcome(outcome)) {
            throw new AssertionError(Operations.getFailureDescription(outcome).asString());
        }
        return Operations.readResult(outcome);
    }

    private ModelNode deadLetterQueue() {
        return Operations.createAddress(
                "subsystem", "messaging-activemq", "server", "default", "jms-queue", "DLQ.order.created");
    }

    private int deadLetterCount(UUID orderId) throws Exception {
        ModelNode count = Operations.createOperation("count-messages", deadLetterQueue());
        count.get("filter").set("orderId = '" + orderId + "'");
        return execute(count).asInt();
    }
}
