package dev.courier.contract.events;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** The charge of an order was given back (queue {@code payment.refunded}, payment → order). */
public record PaymentRefunded(
        UUID eventId,
        UUID orderId,
        UUID correlationId,
        Instant occurredAt,
        UUID userId,
        UUID refundId,
        BigDecimal amount)
        implements ChainEvent {

    public static final String TYPE = "PaymentRefunded";
    public static final int VERSION = 1;

    public PaymentRefunded {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(orderId, "orderId");
        Objects.requireNonNull(correlationId, "correlationId");
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(refundId, "refundId");
        Objects.requireNonNull(amount, "amount");
    }
}
