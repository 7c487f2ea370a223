package dev.courier.inventory.products.boundary;

import dev.courier.inventory.products.entity.Product;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/** The body of {@code POST /products}. */
public record NewProduct(
        @NotBlank @Size(max = 200) @Pattern(regexp = "[^\\p{Cc}]*", message = "must not contain control characters")
        String name,

        @NotNull @DecimalMin("0.01") @DecimalMax("1000000.00") @Digits(integer = 7, fraction = 2)
        BigDecimal price,

        @NotNull @PositiveOrZero @Max(Product.MAX_STOCK) Integer stock) {}
