package dev.courier.contract.events;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/** An order was placed (queue {@code order.created}, order → payment). */
public record OrderCreated(
        UUID eventId,
        UUID orderId,
        UUID correlationId,
        Instant occurredAt,
        UUID userId,
        BigDecimal total,
        List<OrderLine> lines)
        implements ChainEvent {

    public static final String TYPE = "OrderCreated";
    public static final int VERSION = 1;

    public OrderCreated {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(orderId, "orderId");
        Objects.requireNonNull(correlationId, "correlationId");
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(total, "total");
        lines = List.copyOf(Objects.requireNonNull(lines, "lines"));
    }
}
