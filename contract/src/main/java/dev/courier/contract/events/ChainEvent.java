package dev.courier.contract.events;

import java.time.Instant;
import java.util.UUID;

/**
 * What every event of the order chain carries: its own id (consumers apply each id once), the
 * order it is about, the correlation id of the whole chain (the id of the order's creation
 * event), and when it happened.
 */
public interface ChainEvent {

    UUID eventId();

    UUID orderId();

    UUID correlationId();

    Instant occurredAt();
}
