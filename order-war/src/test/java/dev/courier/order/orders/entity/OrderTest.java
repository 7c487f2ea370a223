package dev.courier.order.orders.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class OrderTest {

    private static final UUID USER = UUID.randomUUID();

    private static OrderLine line(String price, int quantity) {
        return new OrderLine(UUID.randomUUID(), quantity, new BigDecimal(price));
    }

    @Test
    void newOrderIsPendingWithTheSumOfItsLinesAndACreatedStep() {
        Order order = new Order(UUID.randomUUID(), USER, List.of(line("24.90", 2), line("12.50", 1)));

        assertThat(order.status()).isEqualTo(OrderStatus.PENDING);
        assertThat(order.total()).isEqualByComparingTo("62.30");
        assertThat(order.history()).extracting(HistoryEntry::step).containsExactly(OrderStep.CREATED);
        assertThat(order.history().get(0).at()).isEqualTo(order.createdAt());
    }

    @Test
    void anOrderHasOneToFiftyLinesEachNamingItsProductOnce() {
        OrderLine line = line("1.00", 1);

        assertThatThrownBy(() -> new Order(UUID.randomUUID(), USER, List.of()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Order(UUID.randomUUID(), USER, List.of(line, line)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Order(
                        UUID.randomUUID(),
                        USER,
                        Collections.nCopies(Order.MAX_LINES + 1, (OrderLine) null).stream()
                                .map(ignored -> line("1.00", 1))
                                .toList()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aLineOrdersAtLeastOneUnitAtAPositivePrice() {
        assertThatThrownBy(() -> line("1.00", 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> line("0.00", 1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void ordersAreEqualByIdOnly() {
        UUID id = UUID.randomUUID();
        Order one = new Order(id, USER, List.of(line("1.00", 1)));
        Order same = new Order(id, UUID.randomUUID(), List.of(line("2.00", 3)));

        assertThat(one).isEqualTo(same).hasSameHashCodeAs(same);
        assertThat(one).isNotEqualTo(new Order(UUID.randomUUID(), USER, List.of(line("1.00", 1))));
    }

    @Test
    void aPendingOrderIsProcessedOnceAndThenStaysProcessed() {
        Order order = new Order(UUID.randomUUID(), USER, List.of(line("5.00", 1)));
        Instant at = Instant.parse("2026-12-02T10:00:00Z");

        order.record(OrderStep.PAID, at, null);
        order.record(OrderStep.STOCK_RESERVED, at, null);
        order.process(at);

        assertThat(order.status()).isEqualTo(OrderStatus.PROCESSED);
        assertThat(order.cancellationReason()).isNull();
        assertThat(order.history())
                .extracting(HistoryEntry::step)
                .containsExactly(OrderStep.CREATED, OrderStep.PAID, OrderStep.STOCK_RESERVED, OrderStep.PROCESSED);
        assertThatThrownBy(() -> order.process(at)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> order.cancel(CancellationReason.OUT_OF_STOCK, at))
                .isInstanceOf(IllegalStateException.class);
        assertThat(order.status()).isEqualTo(OrderStatus.PROCESSED);
    }

    @Test
    void aCancelledOrderKeepsItsReasonAndCannotBeProcessedAfterwards() {
        Order order = new Order(UUID.randomUUID(), USER, List.of(line("5.00", 1)));
        Instant at = Instant.parse("2026-12-02T10:00:00Z");

        order.record(OrderStep.PAYMENT_DECLINED, at, "insufficient funds");
        order.cancel(CancellationReason.PAYMENT_DECLINED, at);

        assertThat(order.status()).isEqualTo(OrderStatus.CANCELLED);
        assertThat(order.cancellationReason()).isEqualTo(CancellationReason.PAYMENT_DECLINED);
        assertThat(order.history()).last().satisfies(entry -> {
            assertThat(entry.step()).isEqualTo(OrderStep.CANCELLED);
            assertThat(entry.detail()).isEqualTo("PAYMENT_DECLINED");
        });
        assertThatThrownBy(() -> order.process(at)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> order.cancel(CancellationReason.OUT_OF_STOCK, at))
                .isInstanceOf(IllegalStateException.class);
        assertThat(order.cancellationReason()).isEqualTo(CancellationReason.PAYMENT_DECLINED);
    }

    @Test
    void terminalStepsAreNotRecordedByHandAndACancellationNeedsAReason() {
        Order order = new Order(UUID.randomUUID(), USER, List.of(line("5.00", 1)));
        Instant at = Instant.now();

        for (OrderStep step : List.of(OrderStep.CREATED, OrderStep.PROCESSED, OrderStep.CANCELLED)) {
            assertThatThrownBy(() -> order.record(step, at, null)).isInstanceOf(IllegalArgumentException.class);
        }
        assertThatThrownBy(() -> order.cancel(null, at)).isInstanceOf(NullPointerException.class);
        assertThat(order.status()).isEqualTo(OrderStatus.PENDING);
        assertThat(order.history()).extracting(HistoryEntry::step).containsExactly(OrderStep.CREATED);
    }

    @Test
    void aStepThatIsNotTerminalLeavesTheOrderPending() {
        Order order = new Order(UUID.randomUUID(), USER, List.of(line("5.00", 1)));

        order.record(OrderStep.MESSAGE_DEAD_LETTERED, Instant.now(), "payment.processed");

        assertThat(order.status()).isEqualTo(OrderStatus.PENDING);
        assertThat(order.history()).extracting(HistoryEntry::detail).containsExactly(null, "payment.processed");
    }

    @Test
    void anOrderHasItsTimeToCompleteFromItsCreation() {
        Order order = new Order(UUID.randomUUID(), USER, List.of(line("5.00", 1)), Duration.ofMinutes(3));

        assertThat(order.deadline()).isEqualTo(order.createdAt().plus(Duration.ofMinutes(3)));
        assertThat(new Order(UUID.randomUUID(), USER, List.of(line("5.00", 1))).deadline())
                .isAfter(Instant.now().plus(Duration.ofMinutes(14)));
        assertThatThrownBy(() -> new Order(UUID.randomUUID(), USER, List.of(line("5.00", 1)), Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anExpiredOrderIsCancellingUntilBothStepsAreUndoneThenCancelledTimedOut() {
        Order order = new Order(UUID.randomUUID(), USER, List.of(line("5.00", 1)));
        Instant at = Instant.now();

        order.expire(at);
        assertThat(order.status()).isEqualTo(OrderStatus.CANCELLING);
        assertThat(order.isPending()).isFalse();
        assertThatThrownBy(() -> order.process(at)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> order.expire(at)).isInstanceOf(IllegalStateException.class);

        assertThat(order.released(OrderStep.STOCK_RELEASED, at, "no stock was taken"))
                .isFalse();
        assertThat(order.status()).isEqualTo(OrderStatus.CANCELLING);
        assertThatThrownBy(() -> order.released(OrderStep.STOCK_RELEASED, at, null))
                .isInstanceOf(IllegalStateException.class);
        assertThat(order.released(OrderStep.PAYMENT_RELEASED, at, "refund")).isTrue();

        assertThat(order.status()).isEqualTo(OrderStatus.CANCELLED);
        assertThat(order.cancellationReason()).isEqualTo(CancellationReason.TIMED_OUT);
        assertThat(order.history())
                .extracting(HistoryEntry::step)
                .containsExactly(
                        OrderStep.CREATED,
                        OrderStep.TIMED_OUT,
                        OrderStep.STOCK_RELEASED,
                        OrderStep.PAYMENT_RELEASED,
                        OrderStep.CANCELLED);
    }

    @Test
    void undoingThatFailedNeedsAttentionAndTheOperatorsFixStillCancelsTheOrder() {
        Order order = new Order(UUID.randomUUID(), USER, List.of(line("5.00", 1)));
        Instant at = Instant.now();
        assertThatThrownBy(() -> order.needsAttention(at, "too early")).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> order.released(OrderStep.PAYMENT_RELEASED, at, null))
                .isInstanceOf(IllegalStateException.class);
        order.expire(at);
        order.released(OrderStep.STOCK_RELEASED, at, null);

        order.needsAttention(at, "OrderExpired message failed every delivery");
        assertThat(order.status()).isEqualTo(OrderStatus.NEEDS_ATTENTION);

        assertThat(order.released(OrderStep.PAYMENT_RELEASED, at, "refund")).isTrue();
        assertThat(order.status()).isEqualTo(OrderStatus.CANCELLED);
        assertThat(order.cancellationReason()).isEqualTo(CancellationReason.TIMED_OUT);
    }

    @Test
    void stepsThatComeWithAChangeOfStatusAreNotRecordedByHand() {
        Order order = new Order(UUID.randomUUID(), USER, List.of(line("5.00", 1)));

        for (OrderStep step : List.of(
                OrderStep.TIMED_OUT, OrderStep.PAYMENT_RELEASED, OrderStep.STOCK_RELEASED, OrderStep.NEEDS_ATTENTION)) {
            assertThatThrownBy(() -> order.record(step, Instant.now(), null))
                    .isInstanceOf(IllegalArgumentException.class);
        }
        order.record(OrderStep.LATE_EVENT_IGNORED, Instant.now(), "InventoryUpdated");
        assertThat(order.status()).isEqualTo(OrderStatus.PENDING);
    }
}
