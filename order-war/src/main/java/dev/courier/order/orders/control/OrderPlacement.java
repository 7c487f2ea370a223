package dev.courier.order.orders.control;

import dev.courier.order.orders.entity.Order;
import dev.courier.order.orders.entity.OrderLine;
import dev.courier.order.users.control.Users;
import dev.courier.support.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Places an order: checks the user, prices every line from the catalog (outside any transaction,
 * so no database connection waits on HTTP), then stores the order as PENDING and starts the
 * chain, in one transaction. With an idempotency key, a repeated placement places nothing more.
 */
@ApplicationScoped
public class OrderPlacement {

    @Inject
    Users users;

    @Inject
    Pricing pricing;

    @Inject
    Orders orders;

    /** How long the chain has to finish an order before it is expired and undone (see {@link OrderDeadlines}). */
    @Inject
    @ConfigProperty(name = "courier.order.deadline", defaultValue = Order.DEFAULT_DEADLINE)
    Duration deadline;

    /** A line as the customer asks for it: which product and how many. */
    public record Wanted(UUID productId, int quantity) {}

    /** What a placement did: placed {@code order} now, or found it placed before with the same key ({@code replayed}). */
    public record Placed(Order order, boolean replayed) {}

    /** Places an order once for every call; see {@link #place(UUID, List, String, BigDecimal)} for placing it once for a key. */
    public Order place(UUID userId, List<Wanted> wanted) {
        return place(userId, wanted, null, null).order();
    }

    /** Places an order, once per {@code idempotencyKey} when one is given, with no total expected. */
    public Placed place(UUID userId, List<Wanted> wanted, String idempotencyKey) {
        return place(userId, wanted, idempotencyKey, null);
    }

    /**
     * Places an order, once per {@code idempotencyKey} of the user when one is given: the order's id is
     * derived from the user and the key, so a repetition (a client that never got the answer) finds the
     * order placed first and places nothing, even when both arrive at once (the id is the primary key).
     * The same key for different lines is refused with 422. A {@code total} the client expects (the
     * tutorial's client sends one; null when not given) must equal the order's total from the catalog's
     * prices, else the order is refused with 422 and nothing is placed: prices never come from the client.
     */
    public Placed place(UUID userId, List<Wanted> wanted, String idempotencyKey, BigDecimal total) {
        Set<UUID> productIds =
                wanted.stream().map(Wanted::productId).collect(Collectors.toCollection(LinkedHashSet::new));
        if (productIds.size() != wanted.size()) {
            throw new ProblemException(422, "Duplicate product", "Name each product once, with the quantity you want.");
        }
        if (users.find(userId).isEmpty()) {
            throw new ProblemException(422, "Unknown user", "There is no user with the id " + userId + ".");
        }
        UUID id = idempotencyKey == null ? UUID.randomUUID() : idFor(userId, idempotencyKey);
        if (idempotencyKey != null) {
            Optional<Placed> earlier = placedBefore(id, wanted);
            if (earlier.isPresent()) {
                return totalChecked(earlier.get(), total);
            }
        }
        Map<UUID, BigDecimal> prices = pricing.unitPrices(productIds);
        List<UUID> unknown = productIds.stream()
                .filter(product -> !prices.containsKey(product))
                .toList();
        if (!unknown.isEmpty()) {
            throw new ProblemException(
                    422, "Unknown product", "These products are not in the catalog: " + unknown + ".");
        }
        List<OrderLine> lines = wanted.stream()
                .map(line -> new OrderLine(line.productId(), line.quantity(), prices.get(line.productId())))
                .toList();
        Order order = new Order(id, userId, lines, deadline);
        checkTotal(order, total);
        try {
            orders.place(order);
        } catch (Exception e) { // a failed commit is jakarta.transaction.RollbackException, though undeclared
            if (idempotencyKey != null) { // placed at the same moment with the same key: the other one won
                Optional<Placed> concurrent = placedBefore(id, wanted);
                if (concurrent.isPresent()) {
                    return totalChecked(concurrent.get(), total);
                }
            }
            throw e;
        }
        return new Placed(order, false);
    }

    private static Placed totalChecked(Placed placed, BigDecimal total) {
        checkTotal(placed.order(), total);
        return placed;
    }

    /** Refuses {@code order} when the client expected another {@code total} (null: none expected). */
    static void checkTotal(Order order, BigDecimal total) {
        if (total != null && order.total().compareTo(total) != 0) {
            throw new ProblemException(
                    422,
                    "Total mismatch",
                    "The catalog's prices make this order " + money(order.total()) + ", not " + money(total)
                            + ". Prices come from the catalog: send its total, or none.");
        }
    }

    private static String money(BigDecimal amount) { // at most two decimals, checked on the way in
        return amount.setScale(2, RoundingMode.HALF_EVEN).toPlainString();
    }

    /** The id of the order {@code userId} places with {@code idempotencyKey}: a name-based UUID. */
    static UUID idFor(UUID userId, String idempotencyKey) {
        return UUID.nameUUIDFromBytes(
                ("courier order " + userId + " " + idempotencyKey).getBytes(StandardCharsets.UTF_8));
    }

    private Optional<Placed> placedBefore(UUID id, List<Wanted> wanted) {
        return orders.find(id).map(order -> {
            Map<UUID, Integer> placedLines =
                    order.lines().stream().collect(Collectors.toMap(OrderLine::productId, OrderLine::quantity));
            Map<UUID, Integer> wantedLines =
                    wanted.stream().collect(Collectors.toMap(Wanted::productId, Wanted::quantity));
            if (!placedLines.equals(wantedLines)) {
                throw new ProblemException(
                        422,
                        "Idempotency key reused",
                        "This Idempotency-Key was used for an order with other products or quantities. Use a new key for a new order.");
            }
            return new Placed(order, true);
        });
    }
}
