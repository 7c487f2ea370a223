package dev.courier.contract.events;

import java.util.Objects;
import java.util.UUID;

/** A product and how many units of it an order wants. */
public record OrderLine(UUID productId, int quantity) {

    public OrderLine {
        Objects.requireNonNull(productId, "productId");
        if (quantity <= 0) {
            throw new IllegalArgumentException("quantity must be positive");
        }
    }
}
