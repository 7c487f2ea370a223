package dev.courier.contract.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class EventJsonTest {

    private static OrderCreated orderCreated() {
        UUID id = UUID.randomUUID();
        return new OrderCreated(
                id,
                UUID.randomUUID(),
                id,
                Instant.parse("2026-11-27T10:15:30.123Z"),
                UUID.randomUUID(),
                new BigDecimal("62.30"),
                List.of(new OrderLine(UUID.randomUUID(), 2)));
    }

    @Test
    void eventsSurviveTheRoundTripThroughJson() {
        OrderCreated event = orderCreated();

        String json = EventJson.encode(event);

        assertThat(json).contains("\"total\":62.30", "\"occurredAt\":\"2026-11-27T10:15:30.123Z\"");
        assertThat(EventJson.decode(EventType.ORDER_CREATED, OrderCreated.TYPE, 1, json))
                .isEqualTo(event);
    }

    @Test
    void anotherTypeOrVersionIsUndecodable() {
        String json = EventJson.encode(orderCreated());

        assertThatThrownBy(() -> EventJson.decode(EventType.ORDER_CREATED, PaymentProcessed.TYPE, 1, json))
                .isInstanceOf(UndecodableEvent.class);
        assertThatThrownBy(() -> EventJson.decode(EventType.ORDER_CREATED, OrderCreated.TYPE, 2, json))
                .isInstanceOf(UndecodableEvent.class);
    }

    @Test
    void garbageOrAPartialEventIsUndecodable() {
        for (String json : List.of(
                "",
                "not json",
                "{\"orderId\": 1",
                "[]",
                "{}",
                "{\"eventId\": \"" + UUID.randomUUID() + "\", \"orderId\": \"" + UUID.randomUUID() + "\"}")) {
            assertThatThrownBy(() -> EventJson.decode(EventType.ORDER_CREATED, OrderCreated.TYPE, 1, json))
                    .as(json)
                    .isInstanceOf(UndecodableEvent.class);
        }
    }

    @Test
    void theEventsThatUndoAnExpiredOrderSurviveTheRoundTripAndARefundNamesItself() {
        UUID order = UUID.randomUUID();
        Instant at = Instant.parse("2026-12-02T10:15:30Z");
        OrderExpired expired = new OrderExpired(
                UUID.randomUUID(),
                order,
                order,
                at,
                UUID.randomUUID(),
                at,
                List.of(new OrderLine(UUID.randomUUID(), 2)));
        PaymentReleased refunded = new PaymentReleased(
                UUID.randomUUID(),
                order,
                order,
                at,
                expired.userId(),
                Undoing.UNDONE,
                UUID.randomUUID(),
                BigDecimal.TEN);
        StockReleased nothing =
                new StockReleased(UUID.randomUUID(), order, order, at, expired.userId(), Undoing.NOTHING_TO_UNDO, null);

        assertThat(EventJson.decode(EventType.ORDER_EXPIRED, OrderExpired.TYPE, 1, EventJson.encode(expired)))
                .isEqualTo(expired);
        assertThat(EventJson.decode(EventType.PAYMENT_RELEASED, PaymentReleased.TYPE, 1, EventJson.encode(refunded)))
                .isEqualTo(refunded);
        assertThat(EventJson.decode(EventType.STOCK_RELEASED, StockReleased.TYPE, 1, EventJson.encode(nothing))
                        .lines())
                .isEmpty();
        assertThatThrownBy(() -> new PaymentReleased(
                        UUID.randomUUID(), order, order, at, expired.userId(), Undoing.UNDONE, null, null))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
