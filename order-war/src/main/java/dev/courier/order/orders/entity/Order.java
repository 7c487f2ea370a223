package dev.courier.order.orders.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedAttributeNode;
import jakarta.persistence.NamedEntityGraph;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/** An order of a user for one or more products, priced when it was placed, with its history. */
@Entity
@Table(
        name = "orders",
        indexes = {
            @Index(name = "ix_orders_user", columnList = "user_id"),
            @Index(name = "ix_orders_status", columnList = "status")
        })
@NamedEntityGraph(
        name = Order.WITH_DETAILS,
        attributeNodes = {@NamedAttributeNode("lines"), @NamedAttributeNode("history")})
@NamedQuery(
        name = Order.IDS_MATCHING,
        query = "select o.id from Order o"
                + " where (:userId is null or o.userId = :userId) and (:status is null or o.status = :status)"
                + " order by o.createdAt desc, o.id")
@NamedQuery(
        name = Order.COUNT_MATCHING,
        query = "select count(o) from Order o"
                + " where (:userId is null or o.userId = :userId) and (:status is null or o.status = :status)")
// no distinct (Hibernate returns each order once anyway): SQL DISTINCT let PostgreSQL hash the joined
// rows, an order's rows came apart, and its fetched lists got holes (nulls); sorted, they stay together
@NamedQuery(name = Order.WITH_IDS, query = "select o from Order o where o.id in :ids order by o.id")
public class Order {

    public static final String WITH_DETAILS = "Order.withDetails";
    public static final String IDS_MATCHING = "Order.idsMatching";
    public static final String COUNT_MATCHING = "Order.countMatching";
    public static final String WITH_IDS = "Order.withIds";

    /** The most product lines one order may have; bounds every fan-out over an order's lines. */
    public static final int MAX_LINES = 50;

    @Id
    @Column(name = "id", nullable = false, updatable = false)
    private UUID id;

    @Column(name = "user_id", nullable = false, updatable = false)
    private UUID userId;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 16)
    private OrderStatus status;

    @Enumerated(EnumType.STRING)
    @Column(name = "cancellation_reason", length = 32)
    private CancellationReason cancellationReason;

    @Column(name = "correlation_id", nullable = false, updatable = false)
    private UUID correlationId;

    @Column(name = "total", nullable = false, precision = 14, scale = 2)
    private BigDecimal total;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @ElementCollection
    @CollectionTable(name = "order_lines", joinColumns = @JoinColumn(name = "order_id"))
    @OrderColumn(name = "line_no")
    private List<OrderLine> lines = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "order_history", joinColumns = @JoinColumn(name = "order_id"))
    @OrderColumn(name = "entry_no")
    private List<HistoryEntry> history = new ArrayList<>();

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected Order() {
        // for JPA
    }

    /** A new order, PENDING, with its lines priced; its total is the sum of the lines. */
    public Order(UUID id, UUID userId, List<OrderLine> lines) {
        this.id = Objects.requireNonNull(id, "id");
        this.userId = Objects.requireNonNull(userId, "userId");
        if (lines == null || lines.isEmpty() || lines.size() > MAX_LINES) {
            throw new IllegalArgumentException("an order has 1 to " + MAX_LINES + " lines");
        }
        if (new HashSet<>(lines.stream().map(OrderLine::productId).toList()).size() != lines.size()) {
            throw new IllegalArgumentException("an order names each product once");
        }
        this.lines.addAll(lines);
        this.total = lines.stream().map(OrderLine::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        this.status = OrderStatus.PENDING;
        this.correlationId = UUID.randomUUID();
        this.createdAt = Instant.now();
        this.history.add(new HistoryEntry(OrderStep.CREATED, createdAt, null));
    }

    /** Adds a step of the chain to the history; the status does not change. */
    public void record(OrderStep step, Instant at, String detail) {
        if (step == OrderStep.CREATED || step == OrderStep.PROCESSED || step == OrderStep.CANCELLED) {
            throw new IllegalArgumentException(step + " is not recorded, it is what placing, process() or cancel() do");
        }
        history.add(new HistoryEntry(step, at, detail));
    }

    /** Final: every step succeeded. */
    public void process(Instant at) {
        requirePending();
        status = OrderStatus.PROCESSED;
        history.add(new HistoryEntry(OrderStep.PROCESSED, at, null));
    }

    /** Final: the order will not be completed, for {@code reason}. */
    public void cancel(CancellationReason reason, Instant at) {
        Objects.requireNonNull(reason, "reason"); // before anything changes: no CANCELLED without a reason
        requirePending();
        status = OrderStatus.CANCELLED;
        cancellationReason = reason;
        history.add(new HistoryEntry(OrderStep.CANCELLED, at, reason.name()));
    }

    private void requirePending() {
        if (status != OrderStatus.PENDING) {
            throw new IllegalStateException("order " + id + " is " + status + " already");
        }
    }

    public UUID id() {
        return id;
    }

    public UUID userId() {
        return userId;
    }

    public OrderStatus status() {
        return status;
    }

    /** The id that ties together every event of this order's chain. */
    public UUID correlationId() {
        return correlationId;
    }

    /** Why the order was cancelled, or null. */
    public CancellationReason cancellationReason() {
        return cancellationReason;
    }

    public BigDecimal total() {
        return total;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public List<OrderLine> lines() {
        return List.copyOf(lines);
    }

    public List<HistoryEntry> history() {
        return List.copyOf(history);
    }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof Order order && id.equals(order.id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }
}
