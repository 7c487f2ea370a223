package dev.courier.inventory.products.boundary;

import dev.courier.inventory.products.entity.Product;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;

/** The body of {@code PUT /products/{id}/stock}: the new quantity in stock. */
public record StockLevel(
        @NotNull @PositiveOrZero @Max(Product.MAX_STOCK) Integer stock) {}
