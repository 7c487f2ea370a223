package dev.courier.support.messaging;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * An event a service has applied, stored in the same transaction as its effect: the record that
 * makes a redelivered or duplicated message change nothing. Each service lists this class in its
 * persistence unit, so the table lives in each service's own database.
 */
@Entity
@Table(name = "processed_events", indexes = @Index(name = "ix_processed_events_at", columnList = "processed_at"))
@NamedQuery(name = ProcessedEvent.FORGET_BEFORE, query = "delete from ProcessedEvent e where e.processedAt < :cutoff")
public class ProcessedEvent {

    public static final String FORGET_BEFORE = "ProcessedEvent.forgetBefore";

    @Id
    @Column(name = "event_id", nullable = false, updatable = false)
    private UUID eventId;

    @Column(name = "type", nullable = false, updatable = false, length = 64)
    private String type;

    @Column(name = "order_id", nullable = false, updatable = false)
    private UUID orderId;

    @Column(name = "processed_at", nullable = false, updatable = false)
    private Instant processedAt;

    protected ProcessedEvent() {
        // for JPA
    }

    public ProcessedEvent(UUID eventId, String type, UUID orderId) {
        this.eventId = Objects.requireNonNull(eventId, "eventId");
        this.type = Objects.requireNonNull(type, "type");
        this.orderId = Objects.requireNonNull(orderId, "orderId");
        this.processedAt = Instant.now();
    }

    public UUID eventId() {
        return eventId;
    }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof ProcessedEvent event && eventId.equals(event.eventId);
    }

    @Override
    public int hashCode() {
        return eventId.hashCode();
    }
}
