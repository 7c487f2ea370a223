package dev.courier.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import dev.courier.gateway.stubs.InventoryServiceStub;
import dev.courier.gateway.stubs.OrderServiceStub;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Placing an order waits longer than a read: a placement that takes more than a read's timeout
 * is still answered 201, not a 503 for an order that the order service goes on to place.
 */
@ExtendWith(ArquillianExtension.class)
class PlacementIT extends StubbedServices {

    @Test
    void aPlacementSlowerThanAReadsTimeoutIsAnswered201() {
        behave("placement", "delay-ms", Long.toString(TIMEOUT.multipliedBy(2).toMillis()));

        var answer = gatewayApi()
                .contentType("application/json")
                .body(Map.of(
                        "userId",
                        OrderServiceStub.USER,
                        "products",
                        List.of(Map.of("productId", InventoryServiceStub.BEANS, "quantity", 1))))
                .post("/orders")
                .then()
                .statusCode(201)
                .extract();
        assertThat(answer.header("Location")).endsWith("/api/orders/" + OrderServiceStub.ORDER);
        assertThat(answer.jsonPath().<Object>get("id")).isEqualTo(OrderServiceStub.ORDER);
    }
}
