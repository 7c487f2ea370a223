package dev.courier.inventory.products.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ProductTest {

    private static Product product(int stock) {
        return new Product(UUID.randomUUID(), "Mug", new BigDecimal("12.50"), stock);
    }

    @Test
    void stockStaysBetweenZeroAndTheLimit() {
        assertThatThrownBy(() -> product(-1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> product(Product.MAX_STOCK + 1)).isInstanceOf(IllegalArgumentException.class);

        Product product = product(Product.MAX_STOCK - 1);
        assertThat(product.canAdd(1)).isTrue();
        assertThat(product.canAdd(2)).isFalse();
        assertThatThrownBy(() -> product.addStock(2)).isInstanceOf(IllegalArgumentException.class);
        assertThat(product.stock()).isEqualTo(Product.MAX_STOCK - 1);
    }

    @Test
    void addingStockAddsAPositiveQuantity() {
        Product product = product(3);

        product.addStock(4);

        assertThat(product.stock()).isEqualTo(7);
        assertThatThrownBy(() -> product.addStock(0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aProductNeedsANameAndAPositivePrice() {
        assertThatThrownBy(() -> new Product(UUID.randomUUID(), " ", BigDecimal.ONE, 1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Product(UUID.randomUUID(), "Mug", BigDecimal.ZERO, 1))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
