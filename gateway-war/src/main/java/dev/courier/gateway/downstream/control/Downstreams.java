package dev.courier.gateway.downstream.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletionStage;

/** The gateway's way to the other services: guarded calls whose outcomes the circuits record. */
@ApplicationScoped
public class Downstreams {

    public static final String ORDER_SERVICE = "order-service";
    public static final String INVENTORY_SERVICE = "inventory-service";

    @Inject
    OrderServiceCalls orderService;

    @Inject
    InventoryServiceCalls inventoryService;

    @Inject
    Circuits circuits;

    /** Shows both circuits from the start, before any call went through them. */
    void register(@Observes @Initialized(ApplicationScoped.class) Object started) {
        circuits.known(ORDER_SERVICE);
        circuits.known(INVENTORY_SERVICE);
    }

    public CompletionStage<JsonObject> order(UUID id) {
        return orderService.read(OrderServiceCalls.Collection.ORDERS, id).whenComplete(circuits.observe(ORDER_SERVICE));
    }

    public CompletionStage<JsonObject> user(UUID id) {
        return orderService.read(OrderServiceCalls.Collection.USERS, id).whenComplete(circuits.observe(ORDER_SERVICE));
    }

    /** Places {@code order}, with the client's {@code idempotencyKey} (null when it sent none). */
    public CompletionStage<Response> placeOrder(JsonObject order, String idempotencyKey) {
        return orderService.place(order, idempotencyKey).whenComplete(circuits.observe(ORDER_SERVICE));
    }

    /** The products among {@code ids} that exist, in one request. */
    public CompletionStage<JsonObject> products(List<UUID> ids) {
        return inventoryService.products(ids, null, ids.size()).whenComplete(circuits.observe(INVENTORY_SERVICE));
    }

    public CompletionStage<JsonObject> catalog(int page, int size) {
        return inventoryService.products(null, page, size).whenComplete(circuits.observe(INVENTORY_SERVICE));
    }
}
