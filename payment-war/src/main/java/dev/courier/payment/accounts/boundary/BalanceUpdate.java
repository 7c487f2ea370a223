package dev.courier.payment.accounts.boundary;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.math.BigDecimal;

/** The body of {@code PUT /accounts/{userId}}: the balance the account shall have. */
public record BalanceUpdate(
        @NotNull @PositiveOrZero @DecimalMax("1000000000.00") @Digits(integer = 10, fraction = 2)
        BigDecimal balance) {}
