package dev.courier.payment.accounts.boundary;

import dev.courier.payment.accounts.entity.Account;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** An account as the API shows it. */
public record AccountView(UUID userId, BigDecimal balance, Instant updatedAt) {

    static AccountView of(Account account) {
        return new AccountView(account.userId(), account.balance(), account.updatedAt());
    }
}
