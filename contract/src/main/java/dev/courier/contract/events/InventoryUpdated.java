package dev.courier.contract.events;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * The inventory service reserved an order's stock, rejected it, or left it alone after a declined
 * payment (queue {@code inventory.updated}, inventory → order). Passes on the payment's outcome so
 * that the order service can tell the whole story and compensate.
 */
public record InventoryUpdated(
        UUID eventId,
        UUID orderId,
        UUID correlationId,
        Instant occurredAt,
        UUID userId,
        StockOutcome outcome,
        List<UUID> missingProducts,
        PaymentOutcome paymentOutcome,
        UUID paymentId,
        BigDecimal amount,
        String declineReason,
        Instant paymentAt)
        implements ChainEvent {

    public static final String TYPE = "InventoryUpdated";
    public static final int VERSION = 1;

    public InventoryUpdated {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(orderId, "orderId");
        Objects.requireNonNull(correlationId, "correlationId");
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(paymentOutcome, "paymentOutcome");
        Objects.requireNonNull(paymentAt, "paymentAt");
        missingProducts = missingProducts == null ? List.of() : List.copyOf(missingProducts);
    }
}
