package dev.courier.contract.events;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** Compensation: give back what an order was charged (queue {@code refund.requested}, order → payment). */
public record RefundRequested(
        UUID eventId,
        UUID orderId,
        UUID correlationId,
        Instant occurredAt,
        UUID userId,
        UUID paymentId,
        BigDecimal amount,
        String reason)
        implements ChainEvent {

    public static final String TYPE = "RefundRequested";
    public static final int VERSION = 1;

    public RefundRequested {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(orderId, "orderId");
        Objects.requireNonNull(correlationId, "correlationId");
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(paymentId, "paymentId");
        Objects.requireNonNull(amount, "amount");
    }
}
