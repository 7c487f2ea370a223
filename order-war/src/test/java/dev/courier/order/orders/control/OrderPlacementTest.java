package dev.courier.order.orders.control;

import static org.assertj.core.api.Assertions.assertThat;

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
}
