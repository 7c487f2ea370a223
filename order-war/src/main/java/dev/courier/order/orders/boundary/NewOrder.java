package dev.courier.order.orders.boundary;

import dev.courier.order.orders.entity.Order;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The body of {@code POST /orders}, shaped as the tutorial's API:
 * {@code {"userId": ..., "products": [{"productId": ..., "quantity": n}], "total": t}}. No prices: the
 * catalog sets them. {@code total} is optional, as the tutorial's client sends it: when given it
 * must be what the catalog's prices make, else the order is refused (422).
 */
public record NewOrder(
        @NotNull UUID userId,
        @NotEmpty @Size(max = Order.MAX_LINES) List<@NotNull @Valid Line> products,
        @PositiveOrZero @Digits(integer = 12, fraction = 2) BigDecimal total) {

    /** One product line of a new order. */
    @Schema(name = "NewOrderLine")
    public record Line(
            @NotNull UUID productId,
            @NotNull @Positive @Max(MAX_QUANTITY) Integer quantity) {}

    /** The most units of one product in one order. */
    public static final int MAX_QUANTITY = 1000;
}
