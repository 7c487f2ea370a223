package dev.courier.order.orders.control;

import java.math.BigDecimal;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import dev.courier.order.orders.entity.Order;
import dev.courier.order.orders.entity.OrderLine;
import dev.courier.order.users.control.Users;
import dev.courier.support.problem.ProblemException;

/**
 * Places an order: checks the user, prices every line from the catalog (outside any transaction,
 * so no database connection waits on HTTP), then stores the order as PENDING and starts the
 * chain, in one transaction.
 */
@ApplicationScoped
public class OrderPlacement {

    @Inject
    Users users;

    @Inject
    Pricing pricing;

    @Inject
    Orders orders;

    /** A line as the customer asks for it: which product and how many. */
    public record Wanted(UUID productId, int quantity) {
    }

    public Order place(UUID userId, List<Wanted> wanted) {
        Set<UUID> productIds = wanted.stream().map(Wanted::productId).collect(Collectors.toCollection(LinkedHashSet::new));
        if (productIds.size() != wanted.size()) {
            throw new ProblemException(422, "Duplicate product", "Name each product once, with the quantity you want.");
        }
        if (users.find(userId).isEmpty()) {
            throw new ProblemException(422, "Unknown user", "There is no user with the id " + userId + ".");
        }
        Map<UUID, BigDecimal> prices = pricing.unitPrices(productIds);
        List<UUID> unknown = productIds.stream().filter(id -> !prices.containsKey(id)).toList();
        if (!unknown.isEmpty()) {
            throw new ProblemException(422, "Unknown product", "These products are not in the catalog: " + unknown + ".");
        }
        List<OrderLine> lines = wanted.stream()
                .map(line -> new OrderLine(line.productId(), line.quantity(), prices.get(line.productId())))
                .toList();
        Order order = new Order(UUID.randomUUID(), userId, lines);
        orders.place(order);
        return order;
    }
}
