package dev.courier.inventory.stock.control;

import dev.courier.contract.events.EventType;
import dev.courier.contract.events.InventoryUpdated;
import dev.courier.contract.events.OrderExpired;
import dev.courier.contract.events.OrderLine;
import dev.courier.contract.events.PaymentOutcome;
import dev.courier.contract.events.PaymentProcessed;
import dev.courier.contract.events.StockOutcome;
import dev.courier.contract.events.StockReleased;
import dev.courier.contract.events.Undoing;
import dev.courier.inventory.products.entity.Product;
import dev.courier.inventory.stock.entity.StockReservation;
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
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * The inventory step of the order chain: for a paid order, take every line out of stock, all
 * or none; a declined order passes through untouched; an expired order gets its stock back and is
 * closed. One transaction with the event it sends; each event is applied once. Taking and putting
 * back lock the order's products first, in id order: that lock orders the two for one order, so
 * a closed order never takes stock after.
 */
@ApplicationScoped
@Transactional
public class StockReservations {

    private static final Logger LOG = Logger.getLogger(StockReservations.class.getName());

    @PersistenceContext(unitName = "inventory")
    EntityManager em;

    @Inject
    InventoryEvents events;

    public void reserve(PaymentProcessed payment) {
        if (!Inbox.firstDelivery(em, EventType.PAYMENT_PROCESSED, payment)) {
            return;
        }
        if (payment.outcome() == PaymentOutcome.DECLINED) {
            if (!OrderClosures.ignoredAsClosed(em, EventType.PAYMENT_PROCESSED, payment)) {
                announce(payment, StockOutcome.NOT_ATTEMPTED, List.of());
            }
            return;
        }
        Map<UUID, Product> products = locked(payment.lines());
        if (OrderClosures.ignoredAsClosed(em, EventType.PAYMENT_PROCESSED, payment)) {
            return;
        }
        List<UUID> missing = payment.lines().stream()
                .filter(line -> !products.containsKey(line.productId())
                        || !products.get(line.productId()).canTake(line.quantity()))
                .map(OrderLine::productId)
                .toList();
        if (!missing.isEmpty()) {
            LOG.info(() -> "Order " + payment.orderId() + ": stock rejected, short of " + missing);
            announce(payment, StockOutcome.REJECTED, missing);
            return;
        }
        payment.lines().forEach(line -> products.get(line.productId()).take(line.quantity()));
        em.persist(new StockReservation(payment.orderId(), Instant.now()));
        LOG.info(() -> "Order " + payment.orderId() + ": stock reserved");
        announce(payment, StockOutcome.RESERVED, List.of());
    }

    /**
     * Closes an expired order: the stock taken for it, if any, is put back, and no event of the
     * order changes anything here after this (a payment moved back from a dead-letter queue takes
     * nothing).
     */
    public void release(OrderExpired expired) {
        if (!Inbox.firstDelivery(em, EventType.ORDER_EXPIRED, expired)) {
            return;
        }
        Map<UUID, Product> products = locked(expired.lines());
        StockReservation reservation = em.find(StockReservation.class, expired.orderId());
        OrderClosures.close(em, expired.orderId());
        Undoing outcome = Undoing.NOTHING_TO_UNDO;
        if (reservation != null && !reservation.released()) {
            for (OrderLine line : expired.lines()) {
                Product product = products.get(line.productId());
                if (product == null) {
                    throw new IllegalStateException("product " + line.productId() + " of order " + expired.orderId()
                            + " is gone: its stock cannot be put back");
                }
                product.addStock(line.quantity());
            }
            reservation.release(Instant.now());
            outcome = Undoing.UNDONE;
        }
        Undoing undone = outcome;
        LOG.info(() -> "Expired order " + expired.orderId() + " closed: "
                + (undone == Undoing.UNDONE ? "its stock was put back" : "no stock was taken for it"));
        events.stockReleased(new StockReleased(
                UUID.randomUUID(),
                expired.orderId(),
                expired.correlationId(),
                Instant.now(),
                expired.userId(),
                outcome,
                outcome == Undoing.UNDONE ? expired.lines() : List.of()));
    }

    /**
     * Forgets the reservations made before {@code cutoff} and says how many; far older than any
     * order's deadline, they can no longer be undone.
     */
    public int forgetReservedBefore(Instant cutoff) {
        return em.createNamedQuery(StockReservation.FORGET_BEFORE)
                .setParameter("cutoff", cutoff)
                .executeUpdate();
    }

    /** The products of {@code lines} that exist, locked until the transaction ends. */
    private Map<UUID, Product> locked(List<OrderLine> lines) {
        // lock in id order, so that two orders over the same products never deadlock
        return lines.stream()
                .map(OrderLine::productId)
                .sorted(Comparator.naturalOrder())
                .map(id -> EntityLookup.found(em.find(Product.class, id, LockModeType.PESSIMISTIC_WRITE)))
                .flatMap(Optional::stream)
                .collect(Collectors.toMap(Product::id, Function.identity()));
    }

    private void announce(PaymentProcessed payment, StockOutcome outcome, List<UUID> missing) {
        events.inventoryUpdated(new InventoryUpdated(
                UUID.randomUUID(),
                payment.orderId(),
                payment.correlationId(),
                Instant.now(),
                payment.userId(),
                outcome,
                missing,
                payment.outcome(),
                payment.paymentId(),
                payment.amount(),
                payment.declineReason(),
                payment.occurredAt()));
    }
}
