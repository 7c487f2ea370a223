package dev.courier.order.orders.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;
import java.util.Objects;

/** One step in the life of an order, when it happened, and a word on it. */
@Embeddable
public class HistoryEntry {

    @Enumerated(EnumType.STRING)
    @Column(name = "step", nullable = false, length = 32)
    private OrderStep step;

    @Column(name = "at", nullable = false)
    private Instant at;

    @Column(name = "detail", length = 500)
    private String detail;

    protected HistoryEntry() {
        // for JPA
    }

    public HistoryEntry(OrderStep step, Instant at, String detail) {
        this.step = Objects.requireNonNull(step, "step");
        this.at = Objects.requireNonNull(at, "at");
        this.detail = detail;
    }

    public OrderStep step() {
        return step;
    }

    public Instant at() {
        return at;
    }

    public String detail() {
        return detail;
    }
}
