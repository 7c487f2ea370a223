package dev.courier.contract.events;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbException;

/** Events as JSON text: the body of their JMS text messages. No Java serialization anywhere. */
public final class EventJson {

    private static final Jsonb JSONB = JsonbBuilder.create();

    private EventJson() {}

    public static String encode(ChainEvent event) {
        return JSONB.toJson(event);
    }

    /**
     * The event of {@code expected} type in {@code json}, sent under {@code type} and
     * {@code version}; anything else is an {@link UndecodableEvent}.
     */
    public static <T extends ChainEvent> T decode(EventType<T> expected, String type, int version, String json) {
        if (!expected.name().equals(type) || expected.version() != version) {
            throw new UndecodableEvent(
                    "expected " + expected.name() + " v" + expected.version() + " but got " + type + " v" + version);
        }
        if (json == null || json.isBlank()) {
            throw new UndecodableEvent("empty " + type + " message");
        }
        try {
            return JSONB.fromJson(json, expected.record());
        } catch (JsonbException | IllegalArgumentException | NullPointerException e) {
            throw new UndecodableEvent("not a whole " + type + " v" + version + " event", e);
        }
    }
}
