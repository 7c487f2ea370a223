package dev.courier.payment.accounts.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class AccountTest {

    @Test
    void balanceIsKeptInCentsAndNeverNegative() {
        Account account = new Account(UUID.randomUUID(), new BigDecimal("10"));

        assertThat(account.balance()).isEqualTo(new BigDecimal("10.00"));
        assertThatThrownBy(() -> account.setBalance(new BigDecimal("-0.01")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> account.setBalance(Account.MAX_BALANCE.add(BigDecimal.ONE)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(account.balance()).isEqualTo(new BigDecimal("10.00"));
    }
}
