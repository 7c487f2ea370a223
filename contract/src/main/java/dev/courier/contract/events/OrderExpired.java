package dev.courier.contract.events;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * An order passed its deadline before the chain finished it (queues {@code order.expired.payment}
 * and {@code order.expired.inventory}, order → payment and inventory): undo what was done for it, if
 * anything, and do nothing more for it, whatever arrives later.
 */
public record OrderExpired(
        UUID eventId,
        UUID orderId,
        UUID correlationId,
        Instant occurredAt,
        UUID userId,
        Instant deadline,
        List<OrderLine> lines)
        implements ChainEvent {

    public static final String TYPE = "OrderExpired";
    public static final int VERSION = 1;

    public OrderExpired {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(orderId, "orderId");
        Objects.requireNonNull(correlationId, "correlationId");
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(deadline, "deadline");
        lines = List.copyOf(Objects.requireNonNull(lines, "lines"));
    }
}
