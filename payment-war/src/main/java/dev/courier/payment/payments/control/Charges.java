package dev.courier.payment.payments.control;

import dev.courier.contract.events.EventType;
import dev.courier.contract.events.OrderCreated;
import dev.courier.contract.events.OrderExpired;
import dev.courier.contract.events.PaymentOutcome;
import dev.courier.contract.events.PaymentProcessed;
import dev.courier.contract.events.PaymentRefunded;
import dev.courier.contract.events.PaymentReleased;
import dev.courier.contract.events.RefundRequested;
import dev.courier.contract.events.Undoing;
import dev.courier.payment.accounts.entity.Account;
import dev.courier.payment.payments.entity.Payment;
import dev.courier.payment.payments.entity.PaymentKind;
import dev.courier.support.messaging.Inbox;
import dev.courier.support.messaging.OrderClosures;
import dev.courier.support.persistence.EntityLookup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.logging.Logger;

/**
 * The payment steps of the order chain: charge an order's total, or decline it; refund a charge
 * when the order cannot be completed; close an expired order, refunding what it was charged. Each
 * call is one transaction with the event it sends, and applies a given event once. Every call
 * locks the customer's account first: that lock orders a charge and the closing of the same order,
 * so an order closed is never charged after.
 */
@ApplicationScoped
@Transactional
public class Charges {

    private static final Logger LOG = Logger.getLogger(Charges.class.getName());

    static final String NO_ACCOUNT = "NO_ACCOUNT";
    static final String INSUFFICIENT_FUNDS = "INSUFFICIENT_FUNDS";

    @PersistenceContext(unitName = "payment")
    EntityManager em;

    @Inject
    PaymentEvents events;

    public void charge(OrderCreated order) {
        if (!Inbox.firstDelivery(em, EventType.ORDER_CREATED, order)) {
            return;
        }
        Account account = lockedAccount(order.userId());
        if (OrderClosures.ignoredAsClosed(em, EventType.ORDER_CREATED, order)) {
            return;
        }
        if (account == null || !account.covers(order.total())) {
            String reason = account == null ? NO_ACCOUNT : INSUFFICIENT_FUNDS;
            LOG.info(() -> "Order " + order.orderId() + " declined: " + reason);
            events.paymentProcessed(new PaymentProcessed(
                    UUID.randomUUID(),
                    order.orderId(),
                    order.correlationId(),
                    Instant.now(),
                    order.userId(),
                    PaymentOutcome.DECLINED,
                    null,
                    null,
                    reason,
                    order.lines()));
            return;
        }
        account.charge(order.total());
        Payment charge = new Payment(order.orderId(), order.userId(), PaymentKind.CHARGE, order.total());
        em.persist(charge);
        LOG.info(() -> "Order " + order.orderId() + " charged " + order.total() + ": payment " + charge.id());
        events.paymentProcessed(new PaymentProcessed(
                UUID.randomUUID(),
                order.orderId(),
                order.correlationId(),
                charge.createdAt(),
                order.userId(),
                PaymentOutcome.CHARGED,
                charge.id(),
                charge.amount(),
                null,
                order.lines()));
    }

    public void refund(RefundRequested request) {
        if (!Inbox.firstDelivery(em, EventType.REFUND_REQUESTED, request)) {
            return;
        }
        Account account = lockedAccount(request.userId());
        if (OrderClosures.ignoredAsClosed(em, EventType.REFUND_REQUESTED, request)) {
            return; // closing it gave the charge back
        }
        List<Payment> charges = paymentsOf(request.orderId());
        boolean charged = charges.stream()
                .anyMatch(p -> p.kind() == PaymentKind.CHARGE
                        && p.id().equals(request.paymentId())
                        && p.amount().compareTo(request.amount()) == 0);
        if (!charged || charges.stream().anyMatch(p -> p.kind() == PaymentKind.REFUND)) {
            // a refund of something never charged, or charged back already, is a bug upstream: fail loudly
            throw new IllegalStateException("order " + request.orderId() + " has no charge " + request.paymentId()
                    + " of " + request.amount() + " left to refund");
        }
        account.refund(request.amount());
        Payment refund = new Payment(request.orderId(), request.userId(), PaymentKind.REFUND, request.amount());
        em.persist(refund);
        LOG.info(() -> "Order " + request.orderId() + " refunded " + request.amount() + ": payment " + refund.id());
        events.paymentRefunded(new PaymentRefunded(
                UUID.randomUUID(),
                request.orderId(),
                request.correlationId(),
                refund.createdAt(),
                request.userId(),
                refund.id(),
                refund.amount()));
    }

    /**
     * Closes an expired order: its charge, if it has one not refunded yet, is given back, and no
     * event of the order changes anything here after this (a charge moved back from a dead-letter
     * queue is ignored).
     */
    public void release(OrderExpired expired) {
        if (!Inbox.firstDelivery(em, EventType.ORDER_EXPIRED, expired)) {
            return;
        }
        Account account = lockedAccount(expired.userId());
        List<Payment> payments = paymentsOf(expired.orderId());
        Payment charge = payments.stream()
                .filter(p -> p.kind() == PaymentKind.CHARGE)
                .findFirst()
                .orElse(null);
        boolean refunded = payments.stream().anyMatch(p -> p.kind() == PaymentKind.REFUND);
        OrderClosures.close(em, expired.orderId());
        if (charge == null || refunded) {
            LOG.info(() -> "Expired order " + expired.orderId() + " closed: "
                    + (charge == null ? "it was never charged" : "its charge was refunded before"));
            events.paymentReleased(new PaymentReleased(
                    UUID.randomUUID(),
                    expired.orderId(),
                    expired.correlationId(),
                    Instant.now(),
                    expired.userId(),
                    Undoing.NOTHING_TO_UNDO,
                    null,
                    null));
            return;
        }
        if (account == null) {
            throw new IllegalStateException("order " + expired.orderId() + " was charged to " + expired.userId()
                    + ", which has no account left to refund");
        }
        account.refund(charge.amount());
        Payment refund = new Payment(expired.orderId(), expired.userId(), PaymentKind.REFUND, charge.amount());
        em.persist(refund);
        LOG.info(() -> "Expired order " + expired.orderId() + " closed: charge " + charge.id() + " refunded");
        events.paymentReleased(new PaymentReleased(
                UUID.randomUUID(),
                expired.orderId(),
                expired.correlationId(),
                refund.createdAt(),
                expired.userId(),
                Undoing.UNDONE,
                refund.id(),
                refund.amount()));
    }

    /** The customer's account, locked until the transaction ends, or null when there is none. */
    private Account lockedAccount(UUID userId) {
        return EntityLookup.found(em.find(Account.class, userId, LockModeType.PESSIMISTIC_WRITE))
                .orElse(null);
    }

    private List<Payment> paymentsOf(UUID orderId) {
        return em.createNamedQuery(Payment.BY_ORDER, Payment.class)
                .setParameter("orderId", orderId)
                .getResultList();
    }
}
