package dev.courier.gateway.orders.control;

import dev.courier.gateway.downstream.control.DownstreamFailures;
import dev.courier.gateway.downstream.control.InventoryServiceCalls;
import dev.courier.gateway.downstream.control.OrderServiceCalls;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonBuilderFactory;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * An order with its user and the details of every product: the order first, then the user and all
 * products at once (one request for all products), so the answer takes about the order call plus
 * the slower of the other two, and never longer than the request's deadline. What cannot be fetched
 * in time is left out and named in {@code degraded} with the reason; nothing is invented.
 */
@ApplicationScoped
public class OrderDetails {

    /** Builders from one factory: each {@code Json.create...} call looks the JSON-P provider up again. */
    private static final JsonBuilderFactory JSON = Json.createBuilderFactory(Map.of());

    @Inject
    OrderServiceCalls orderService;

    @Inject
    InventoryServiceCalls inventoryService;

    @Inject
    @ConfigProperty(name = "courier.gateway.max-product-lines", defaultValue = "50")
    int maxProductLines;

    /**
     * The outcome of fetching one part: the value, or why it is missing. Only a downstream's
     * failure makes a part missing; any other failure fails the whole answer.
     */
    record Part(JsonObject value, String missingBecause) {

        static Part of(JsonObject value, Throwable failure) {
            if (failure == null) {
                return new Part(value, null);
            }
            if (!DownstreamFailures.isDownstreamFailure(failure)) {
                throw failure instanceof CompletionException completion ? completion : new CompletionException(failure);
            }
            return new Part(null, DownstreamFailures.reason(failure));
        }
    }

    /** A part that did not come before the request's deadline. */
    private static final Part TOO_LATE = new Part(null, "timeout");

    /**
     * The details of order {@code order}, already fetched, within {@code remaining}: a part that has
     * not come by then is left out with the reason {@code timeout} (its call goes on until its own
     * timeout, unseen).
     */
    public CompletionStage<JsonObject> of(JsonObject order, Duration remaining) {
        long nanos = Math.max(0, remaining.toNanos());
        List<JsonObject> lines = order.getJsonArray("products").getValuesAs(JsonObject.class);
        List<UUID> productIds = List.copyOf(lines.stream()
                .map(line -> UUID.fromString(line.getString("productId")))
                .collect(Collectors.toCollection(LinkedHashSet::new)));
        List<UUID> fetched = productIds.subList(0, Math.min(productIds.size(), maxProductLines));
        CompletableFuture<Part> user = orderService
                .read(api -> api.user(UUID.fromString(order.getString("userId"))))
                .handle(Part::of)
                .toCompletableFuture()
                .completeOnTimeout(TOO_LATE, nanos, TimeUnit.NANOSECONDS);
        CompletableFuture<Part> products = (fetched.isEmpty()
                        ? CompletableFuture.completedFuture(JSON.createObjectBuilder()
                                .add("items", JSON.createArrayBuilder())
                                .build())
                        : inventoryService.products(fetched, null, fetched.size()))
                .handle(Part::of)
                .toCompletableFuture()
                .completeOnTimeout(TOO_LATE, nanos, TimeUnit.NANOSECONDS);
        return user.thenCombine(products, (u, p) -> assemble(order, lines, fetched, u, p));
    }

    private static JsonObject assemble(
            JsonObject order, List<JsonObject> lines, List<UUID> fetched, Part user, Part products) {
        JsonObjectBuilder details = JSON.createObjectBuilder(order);
        JsonArrayBuilder degraded = JSON.createArrayBuilder();
        if (user.value() != null) {
            details.add("user", user.value());
        } else {
            degraded.add(missing("user", order.getString("userId"), user.missingBecause()));
        }
        Map<String, JsonObject> byId = products.value() == null
                ? Map.of()
                : products.value().getJsonArray("items").getValuesAs(JsonObject.class).stream()
                        .collect(
                                Collectors.toMap(product -> product.getString("id"), Function.identity(), (a, b) -> a));
        JsonArrayBuilder detailedLines = JSON.createArrayBuilder();
        for (JsonObject line : lines) {
            String productId = line.getString("productId");
            JsonObject product = byId.get(productId);
            if (product != null) {
                detailedLines.add(JSON.createObjectBuilder(line).add("details", product));
            } else {
                detailedLines.add(line);
                String why = !fetched.contains(UUID.fromString(productId))
                        ? "too many product lines"
                        : products.value() == null ? products.missingBecause() : "not found";
                degraded.add(missing("product", productId, why));
            }
        }
        return details.add("products", detailedLines).add("degraded", degraded).build();
    }

    private static JsonObjectBuilder missing(String part, String id, String reason) {
        return JSON.createObjectBuilder().add("part", part).add("id", id).add("reason", reason);
    }
}
