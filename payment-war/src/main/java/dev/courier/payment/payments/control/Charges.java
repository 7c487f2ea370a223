package dev.courier.payment.payments.control;

import dev.courier.contract.events.EventType;
import dev.courier.contract.events.OrderCreated;
import dev.courier.contract.events.PaymentOutcome;
import dev.courier.contract.events.PaymentProcessed;
import dev.courier.contract.events.PaymentRefunded;
import dev.courier.contract.events.RefundRequested;
import dev.courier.payment.accounts.entity.Account;
import dev.courier.payment.payments.entity.Payment;
import dev.courier.payment.payments.entity.PaymentKind;
import dev.courier.support.messaging.Inbox;
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
 * when the order cannot be completed. Each call is one transaction with the event it sends, and
 * applies a given event once.
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
        Account account = EntityLookup.found(em.find(Account.class, order.userId(), LockModeType.PESSIMISTIC_WRITE))
                .orElse(null);
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
        List<Payment> charges = em.createNamedQuery(Payment.BY_ORDER, Payment.class)
                .setParameter("orderId", request.orderId())
                .getResultList();
        boolean charged = charges.stream()
                .anyMatch(p -> p.kind() == PaymentKind.CHARGE
                        && p.id().equals(request.paymentId())
                        && p.amount().compareTo(request.amount()) == 0);
        if (!charged || charges.stream().anyMatch(p -> p.kind() == PaymentKind.REFUND)) {
            // a refund of something never charged, or charged back already, is a bug upstream: fail loudly
            throw new IllegalStateException("order " + request.orderId() + " has no charge " + request.paymentId()
                    + " of " + request.amount() + " left to refund");
        }
        Account account = em.find(Account.class, request.userId(), LockModeType.PESSIMISTIC_WRITE);
        account.refund(request.amount());
        Payment refund = new Payment(request.orderId(), request.userId(), PaymentKind.REFUND, request.amount());
        em.persist(refund);
        events.paymentRefunded(new PaymentRefunded(
                UUID.randomUUID(),
                request.orderId(),
                request.correlationId(),
                refund.createdAt(),
                request.userId(),
                refund.id(),
                refund.amount()));
    }
}
