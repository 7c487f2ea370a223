package dev.courier.inventory.products.boundary;

import java.math.BigDecimal;
import java.util.UUID;

import dev.courier.inventory.products.entity.Product;

/** A product as the API shows it. */
public record ProductView(UUID id, String name, BigDecimal price, int stock) {

    static ProductView of(Product product) {
        return new ProductView(product.id(), product.name(), product.price(), product.stock());
    }
}
