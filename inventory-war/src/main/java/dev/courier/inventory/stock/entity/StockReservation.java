package dev.courier.inventory.stock.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * That stock was taken for an order (its lines, all of them), and whether it was put back since:
 * what the inventory needs to undo its step when the order expires.
 */
@Entity
@Table(name = "stock_reservations")
@NamedQuery(
        name = StockReservation.FORGET_BEFORE,
        query = "delete from StockReservation r where r.reservedAt < :cutoff")
public class StockReservation {

    public static final String FORGET_BEFORE = "StockReservation.forgetBefore";

    @Id
    @Column(name = "order_id", nullable = false, updatable = false)
    private UUID orderId;

    @Column(name = "reserved_at", nullable = false, updatable = false)
    private Instant reservedAt;

    @Column(name = "released_at")
    private Instant releasedAt;

    protected StockReservation() {
        // for JPA
    }

    public StockReservation(UUID orderId, Instant reservedAt) {
        this.orderId = Objects.requireNonNull(orderId, "orderId");
        this.reservedAt = Objects.requireNonNull(reservedAt, "reservedAt");
    }

    public boolean released() {
        return releasedAt != null;
    }

    public void release(Instant at) {
        if (released()) {
            throw new IllegalStateException("the stock of order " + orderId + " was put back before");
        }
        releasedAt = Objects.requireNonNull(at, "at");
    }

    public UUID orderId() {
        return orderId;
    }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof StockReservation reservation && orderId.equals(reservation.orderId);
    }

    @Override
    public int hashCode() {
        return orderId.hashCode();
    }
}
