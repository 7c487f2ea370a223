package dev.courier.contract.events;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * The inventory service closed an expired order (queue {@code stock.released}, inventory → order):
 * the stock it took for the order put back ({@link Undoing#UNDONE}, with the lines), or none taken.
 * No stock is taken for the order after this.
 */
public record StockReleased(
        UUID eventId,
        UUID orderId,
        UUID correlationId,
        Instant occurredAt,
        UUID userId,
        Undoing outcome,
        List<OrderLine> lines)
        implements ChainEvent {

    public static final String TYPE = "StockReleased";
    public static final int VERSION = 1;

    public StockReleased {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(orderId, "orderId");
        Objects.requireNonNull(correlationId, "correlationId");
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(outcome, "outcome");
        lines = lines == null ? List.of() : List.copyOf(lines);
    }
}
