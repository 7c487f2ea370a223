package dev.courier.contract.events;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * An order reached its final state (topic {@code order.processed}, order → any subscriber):
 * {@code PROCESSED}, or {@code CANCELLED} with a reason.
 */
public record OrderProcessed(
        UUID eventId,
        UUID orderId,
        UUID correlationId,
        Instant occurredAt,
        UUID userId,
        String status,
        String reason,
        BigDecimal total)
        implements ChainEvent {

    public static final String TYPE = "OrderProcessed";
    public static final int VERSION = 1;

    public OrderProcessed {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(orderId, "orderId");
        Objects.requireNonNull(correlationId, "correlationId");
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(status, "status");
    }
}
