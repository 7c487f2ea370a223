package dev.courier.inventory.products.boundary;

import dev.courier.inventory.products.entity.Product;
import java.math.BigDecimal;
import java.util.UUID;

/** A product as the API shows it. */
public record ProductView(UUID id, String name, BigDecimal price, int stock) {

    static ProductView of(Product product) {
        return new ProductView(product.id(), product.name(), product.price(), product.stock());
    }
}
