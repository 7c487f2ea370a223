package dev.courier.gateway.downstream.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletionStage;

/**
 * The gateway's way to the other services: calls guarded by fault tolerance, whose circuit
 * breakers, retries, timeouts and bulkheads publish their state and counts on the server's metrics
 * endpoint ({@code ft_*}, per guarded method).
 */
@ApplicationScoped
public class Downstreams {

    public static final String ORDER_SERVICE = "order-service";
    public static final String INVENTORY_SERVICE = "inventory-service";

    @Inject
    OrderServiceCalls orderService;

    @Inject
    InventoryServiceCalls inventoryService;

    public CompletionStage<JsonObject> order(UUID id) {
        return orderService.read(OrderServiceCalls.Collection.ORDERS, id);
    }

    public CompletionStage<JsonObject> user(UUID id) {
        return orderService.read(OrderServiceCalls.Collection.USERS, id);
    }

    /** Places {@code order}, with the client's {@code idempotencyKey} (null when it sent none). */
    public CompletionStage<Response> placeOrder(JsonObject order, String idempotencyKey) {
        return orderService.place(order, idempotencyKey);
    }

    /** The products among {@code ids} that exist, in one request. */
    public CompletionStage<JsonObject> products(List<UUID> ids) {
        return inventoryService.products(ids, null, ids.size());
    }

    public CompletionStage<JsonObject> catalog(int page, int size) {
        return inventoryService.products(null, page, size);
    }
}
