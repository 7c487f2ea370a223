package dev.courier.inventory.products.boundary;

import dev.courier.inventory.products.entity.Product;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;

/** The body of {@code POST /products/{id}/restock}: how many units arrived. */
public record Restock(
        @NotNull @Positive @Max(Product.MAX_STOCK) Integer quantity) {}
