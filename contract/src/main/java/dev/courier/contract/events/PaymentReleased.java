package dev.courier.contract.events;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * The payment service closed an expired order (queue {@code payment.released}, payment → order):
 * its charge refunded now ({@link Undoing#UNDONE}, with the refund), or nothing left to give back.
 * No charge is made for the order after this.
 */
public record PaymentReleased(
        UUID eventId,
        UUID orderId,
        UUID correlationId,
        Instant occurredAt,
        UUID userId,
        Undoing outcome,
        UUID refundId,
        BigDecimal amount)
        implements ChainEvent {

    public static final String TYPE = "PaymentReleased";
    public static final int VERSION = 1;

    public PaymentReleased {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(orderId, "orderId");
        Objects.requireNonNull(correlationId, "correlationId");
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(outcome, "outcome");
        if (outcome == Undoing.UNDONE && (refundId == null || amount == null)) {
            throw new IllegalArgumentException("a charge given back names its refund and amount");
        }
    }
}
