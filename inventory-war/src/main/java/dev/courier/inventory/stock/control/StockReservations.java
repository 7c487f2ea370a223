package dev.courier.inventory.stock.control;

import dev.courier.contract.events.EventType;
import dev.courier.contract.events.InventoryUpdated;
import dev.courier.contract.events.OrderLine;
import dev.courier.contract.events.PaymentOutcome;
import dev.courier.contract.events.PaymentProcessed;
import dev.courier.contract.events.StockOutcome;
import dev.courier.inventory.products.entity.Product;
import dev.courier.support.messaging.Inbox;
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
import java.util.stream.Collectors;

/**
 * The inventory step of the order chain: for a paid order, take every line out of stock, all
 * or none; a declined order passes through untouched. One transaction with the event it sends;
 * each payment event is applied once.
 */
@ApplicationScoped
@Transactional
public class StockReservations {

    @PersistenceContext(unitName = "inventory")
    EntityManager em;

    @Inject
    InventoryEvents events;

    public void reserve(PaymentProcessed payment) {
        if (!Inbox.firstDelivery(em, EventType.PAYMENT_PROCESSED, payment)) {
            return;
        }
        if (payment.outcome() == PaymentOutcome.DECLINED) {
            announce(payment, StockOutcome.NOT_ATTEMPTED, List.of());
            return;
        }
        // lock in id order, so that two orders over the same products never deadlock
        Map<UUID, Product> products = payment.lines().stream()
                .map(OrderLine::productId)
                .sorted(Comparator.naturalOrder())
                .map(id -> EntityLookup.found(em.find(Product.class, id, LockModeType.PESSIMISTIC_WRITE)))
                .flatMap(Optional::stream)
                .collect(Collectors.toMap(Product::id, Function.identity()));
        List<UUID> missing = payment.lines().stream()
                .filter(line -> !products.containsKey(line.productId())
                        || !products.get(line.productId()).canTake(line.quantity()))
                .map(OrderLine::productId)
                .toList();
        if (!missing.isEmpty()) {
            announce(payment, StockOutcome.REJECTED, missing);
            return;
        }
        payment.lines().forEach(line -> products.get(line.productId()).take(line.quantity()));
        announce(payment, StockOutcome.RESERVED, List.of());
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
