package dev.courier.order.orders.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
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
}
