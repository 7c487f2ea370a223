package dev.courier.order.orders.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.courier.order.orders.entity.Order;
import dev.courier.order.orders.entity.OrderLine;
import dev.courier.support.problem.ProblemException;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class OrderPlacementTest {

    private static final UUID ADA = UUID.fromString("3f6d2a9e-1c4b-4d8e-9a51-0b7c2e4f6a10");
    private static final UUID GRACE = UUID.fromString("8b1e4c7a-5d2f-4e9b-8c36-1a0f9d7e2b54");

    @Test
    void aCustomersKeyNamesTheSameOrderEveryTime() {
        assertThat(OrderPlacement.idFor(ADA, "checkout-42")).isEqualTo(OrderPlacement.idFor(ADA, "checkout-42"));
    }

    @Test
    void theSameKeyOfAnotherCustomerNamesAnotherOrder() {
        // keys are the client's choice: two customers may well pick the same one
        assertThat(OrderPlacement.idFor(ADA, "checkout-42")).isNotEqualTo(OrderPlacement.idFor(GRACE, "checkout-42"));
    }

    @Test
    void anotherKeyNamesAnotherOrder() {
        assertThat(OrderPlacement.idFor(ADA, "checkout-42")).isNotEqualTo(OrderPlacement.idFor(ADA, "checkout-43"));
        assertThat(OrderPlacement.idFor(ADA, "checkout-42")).isNotEqualTo(OrderPlacement.idFor(ADA, "Checkout-42"));
    }

    @Test
    void theIdIsANameBasedUuidThatDoesNotChangeBetweenReleases() {
        UUID id = OrderPlacement.idFor(ADA, "checkout-42");

        assertThat(id.version()).isEqualTo(3);
        // a repetition after an upgrade must still find the order placed before it
        assertThat(id).isEqualTo(UUID.nameUUIDFromBytes(("courier order " + ADA + " checkout-42").getBytes()));
    }

    private static Order twoMugsAndBeans() { // 2 x 12.50 + 1 x 24.90 = 49.90
        return new Order(
                UUID.randomUUID(),
                ADA,
                List.of(
                        new OrderLine(UUID.randomUUID(), 2, new BigDecimal("12.50")),
                        new OrderLine(UUID.randomUUID(), 1, new BigDecimal("24.90"))));
    }

    @Test
    void aTotalThatTheCatalogsPricesMakeIsAccepted() {
        assertThatNoException().isThrownBy(() -> OrderPlacement.checkTotal(twoMugsAndBeans(), null));
        assertThatNoException().isThrownBy(() -> OrderPlacement.checkTotal(twoMugsAndBeans(), new BigDecimal("49.90")));
        assertThatNoException().isThrownBy(() -> OrderPlacement.checkTotal(twoMugsAndBeans(), new BigDecimal("49.9")));
    }

    @Test
    void anotherTotalIsRefusedNamingBothFigures() {
        assertThatThrownBy(() -> OrderPlacement.checkTotal(twoMugsAndBeans(), new BigDecimal("10.00")))
                .isInstanceOfSatisfying(ProblemException.class, refused -> {
                    assertThat(refused.status()).isEqualTo(422);
                    assertThat(refused.title()).isEqualTo("Total mismatch");
                    assertThat(refused.detail()).contains("49.90").contains("10.00");
                });
    }
}
