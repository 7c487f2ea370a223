package dev.courier.payment.payments.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** One movement of money on an account for an order: a charge or a refund. Never changed once made. */
@Entity
@Table(
        name = "payments",
        indexes = {
            @Index(name = "ix_payments_order", columnList = "order_id"),
            @Index(name = "ix_payments_user", columnList = "user_id")
        })
@NamedQuery(
        name = Payment.BY_ORDER,
        query = "select p from Payment p where p.orderId = :orderId order by p.createdAt, p.id")
@NamedQuery(name = Payment.COUNT_BY_ORDER, query = "select count(p) from Payment p where p.orderId = :orderId")
@NamedQuery(
        name = Payment.BY_USER,
        query = "select p from Payment p where p.userId = :userId order by p.createdAt, p.id")
@NamedQuery(name = Payment.COUNT_BY_USER, query = "select count(p) from Payment p where p.userId = :userId")
public class Payment {

    public static final String BY_ORDER = "Payment.byOrder";
    public static final String COUNT_BY_ORDER = "Payment.countByOrder";
    public static final String BY_USER = "Payment.byUser";
    public static final String COUNT_BY_USER = "Payment.countByUser";

    @Id
    @Column(name = "id", nullable = false, updatable = false)
    private UUID id;

    @Column(name = "order_id", nullable = false, updatable = false)
    private UUID orderId;

    @Column(name = "user_id", nullable = false, updatable = false)
    private UUID userId;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, updatable = false, length = 16)
    private PaymentKind kind;

    @Column(name = "amount", nullable = false, updatable = false, precision = 14, scale = 2)
    private BigDecimal amount;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected Payment() {
        // for JPA
    }

    public Payment(UUID orderId, UUID userId, PaymentKind kind, BigDecimal amount) {
        this.id = UUID.randomUUID();
        this.orderId = Objects.requireNonNull(orderId, "orderId");
        this.userId = Objects.requireNonNull(userId, "userId");
        this.kind = Objects.requireNonNull(kind, "kind");
        if (amount == null || amount.signum() <= 0) {
            throw new IllegalArgumentException("a payment moves a positive amount");
        }
        this.amount = amount;
        this.createdAt = Instant.now();
    }

    public UUID id() {
        return id;
    }

    public UUID orderId() {
        return orderId;
    }

    public UUID userId() {
        return userId;
    }

    public PaymentKind kind() {
        return kind;
    }

    public BigDecimal amount() {
        return amount;
    }

    public Instant createdAt() {
        return createdAt;
    }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof Payment payment && id.equals(payment.id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }
}
