package dev.courier.order.orders.boundary;

import dev.courier.order.orders.entity.CancellationReason;
import dev.courier.order.orders.entity.HistoryEntry;
import dev.courier.order.orders.entity.Order;
import dev.courier.order.orders.entity.OrderLine;
import dev.courier.order.orders.entity.OrderStatus;
import dev.courier.order.orders.entity.OrderStep;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An order as the API shows it; {@code products} keeps the tutorial's field names. {@code deadline}:
 * when it must be final; after it, what was done is undone and it ends CANCELLED (TIMED_OUT).
 */
public record OrderView(
        UUID id,
        UUID userId,
        List<Line> products,
        BigDecimal total,
        OrderStatus status,
        CancellationReason cancellationReason,
        UUID correlationId,
        Instant createdAt,
        Instant deadline,
        List<Step> history) {

    /** A product line with the unit price it was ordered at. */
    @Schema(name = "OrderLine")
    public record Line(UUID productId, int quantity, BigDecimal unitPrice) {}

    /** One step of the order's history. */
    @Schema(name = "HistoryStep")
    public record Step(OrderStep step, Instant at, String detail) {}

    static OrderView of(Order order) {
        return new OrderView(
                order.id(),
                order.userId(),
                order.lines().stream().map(OrderView::line).toList(),
                order.total(),
                order.status(),
                order.cancellationReason(),
                order.correlationId(),
                order.createdAt(),
                order.deadline(),
                order.history().stream().map(OrderView::step).toList());
    }

    private static Line line(OrderLine line) {
        return new Line(line.productId(), line.quantity(), line.unitPrice());
    }

    private static Step step(HistoryEntry entry) {
        return new Step(entry.step(), entry.at(), entry.detail());
    }
}
