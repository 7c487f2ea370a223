package dev.courier.order.orders.control;

import dev.courier.order.orders.entity.Order;
import dev.courier.order.orders.entity.OrderStatus;
import dev.courier.support.paging.Page;
import dev.courier.support.paging.PageRequest;
import dev.courier.support.persistence.EntityLookup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/** Places orders and finds them with their lines and history. */
@ApplicationScoped
@Transactional
public class Orders {

    private static final Logger LOG = Logger.getLogger(Orders.class.getName());

    private static final String FETCH_GRAPH = "jakarta.persistence.fetchgraph";

    @PersistenceContext(unitName = "order")
    EntityManager em;

    @Inject
    OrderEvents events;

    @Inject
    OrderMetrics metrics;

    /**
     * Stores a new order and sends {@code order.created} in one transaction: both happen or
     * neither (XA datasource and the XA JMS connection factory).
     */
    public void place(Order order) {
        em.persist(order);
        events.orderCreated(order);
        metrics.count(order);
        LOG.info(() -> "Order " + order.id() + " placed for user " + order.userId() + ": " + order.total());
    }

    public Optional<Order> find(UUID id) {
        return EntityLookup.found(em.find(Order.class, id, Map.of(FETCH_GRAPH, em.getEntityGraph(Order.WITH_DETAILS))));
    }

    /** Orders newest first, of one user and/or in one status when given. */
    public Page<Order> list(UUID userId, OrderStatus status, PageRequest page) {
        List<UUID> ids = em.createNamedQuery(Order.IDS_MATCHING, UUID.class)
                .setParameter("userId", userId)
                .setParameter("status", status)
                .setFirstResult(page.offset())
                .setMaxResults(page.size())
                .getResultList();
        long total = em.createNamedQuery(Order.COUNT_MATCHING, Long.class)
                .setParameter("userId", userId)
                .setParameter("status", status)
                .getSingleResult();
        if (ids.isEmpty()) {
            return new Page<>(List.of(), page.page(), page.size(), total);
        }
        // the page's orders with their collections in one query, then back in page order
        Map<UUID, Order> byId = em.createNamedQuery(Order.WITH_IDS, Order.class)
                .setParameter("ids", ids)
                .setHint(FETCH_GRAPH, em.getEntityGraph(Order.WITH_DETAILS))
                .getResultStream()
                .collect(Collectors.toMap(Order::id, Function.identity(), (a, b) -> a));
        List<Order> items = ids.stream()
                .map(byId::get)
                .sorted(Comparator.comparing(ids::indexOf))
                .toList();
        return new Page<>(items, page.page(), page.size(), total);
    }
}
