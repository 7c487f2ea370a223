package dev.courier.payment.accounts.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** The money a user can spend on orders. One account per user, keyed by the user's id. */
@Entity
@Table(name = "accounts")
public class Account {

    /** The largest balance an account holds; keeps every sum of charges far from overflow. */
    public static final BigDecimal MAX_BALANCE = new BigDecimal("1000000000.00");

    @Id
    @Column(name = "user_id", nullable = false, updatable = false)
    private UUID userId;

    @Column(name = "balance", nullable = false, precision = 14, scale = 2)
    private BigDecimal balance;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected Account() {
        // for JPA
    }

    public Account(UUID userId, BigDecimal balance) {
        this.userId = Objects.requireNonNull(userId, "userId");
        setBalance(balance);
    }

    /** Sets the balance, as an operator or the user's funding does. */
    public void setBalance(BigDecimal balance) {
        if (balance == null || balance.signum() < 0 || balance.compareTo(MAX_BALANCE) > 0) {
            throw new IllegalArgumentException("balance must be between 0 and " + MAX_BALANCE);
        }
        this.balance = balance.setScale(2);
        this.updatedAt = Instant.now();
    }

    /** Whether the balance covers {@code amount}. */
    public boolean covers(BigDecimal amount) {
        return balance.compareTo(amount) >= 0;
    }

    /** Takes {@code amount} off the balance; only what the balance {@link #covers(BigDecimal) covers}. */
    public void charge(BigDecimal amount) {
        if (amount == null || amount.signum() <= 0 || !covers(amount)) {
            throw new IllegalArgumentException("cannot charge " + amount + " to a balance of " + balance);
        }
        setBalance(balance.subtract(amount));
    }

    /** Gives {@code amount} back. */
    public void refund(BigDecimal amount) {
        if (amount == null || amount.signum() <= 0) {
            throw new IllegalArgumentException("cannot refund " + amount);
        }
        setBalance(balance.add(amount));
    }

    public UUID userId() {
        return userId;
    }

    public BigDecimal balance() {
        return balance;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof Account account && userId.equals(account.userId);
    }

    @Override
    public int hashCode() {
        return userId.hashCode();
    }
}
