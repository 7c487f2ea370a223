package dev.courier.support.messaging;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * An order a step of the chain has closed for good, because the order expired: whatever arrives for
 * it later (a message moved back from a dead-letter queue) changes nothing, and is counted here. Each
 * service that undoes its step lists this class in its persistence unit, so the table lives in its
 * own database.
 */
@Entity
@Table(name = "closed_orders")
public class ClosedOrder {

    @Id
    @Column(name = "order_id", nullable = false, updatable = false)
    private UUID orderId;

    @Column(name = "closed_at", nullable = false, updatable = false)
    private Instant closedAt;

    @Column(name = "ignored_events", nullable = false)
    private int ignoredEvents;

    @Column(name = "last_ignored", length = 200)
    private String lastIgnored;

    protected ClosedOrder() {
        // for JPA
    }

    ClosedOrder(UUID orderId, Instant closedAt) {
        this.orderId = Objects.requireNonNull(orderId, "orderId");
        this.closedAt = Objects.requireNonNull(closedAt, "closedAt");
    }

    void ignored(String event) {
        ignoredEvents++;
        lastIgnored = event.length() > 200 ? event.substring(0, 200) : event;
    }

    public UUID orderId() {
        return orderId;
    }

    public Instant closedAt() {
        return closedAt;
    }

    /** How many events arrived for the order after it was closed, each of them changing nothing. */
    public int ignoredEvents() {
        return ignoredEvents;
    }

    /** The last of them: its type and id. */
    public String lastIgnored() {
        return lastIgnored;
    }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof ClosedOrder closed && orderId.equals(closed.orderId);
    }

    @Override
    public int hashCode() {
        return orderId.hashCode();
    }
}
