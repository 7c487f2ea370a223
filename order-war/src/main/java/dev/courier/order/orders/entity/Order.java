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
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
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
            @Index(name = "ix_orders_status", columnList = "status"),
            @Index(name = "ix_orders_status_deadline", columnList = "status, deadline")
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
@NamedQuery(
        name = Order.IDS_DUE,
        query = "select o.id from Order o where o.status = :status and o.deadline < :before order by o.deadline")
public class Order {

    public static final String WITH_DETAILS = "Order.withDetails";
    public static final String IDS_MATCHING = "Order.idsMatching";
    public static final String COUNT_MATCHING = "Order.countMatching";
    public static final String WITH_IDS = "Order.withIds";
    public static final String IDS_DUE = "Order.idsDue";

    /** How long an order has to reach a final state when the configuration says nothing else. */
    public static final String DEFAULT_DEADLINE = "PT15M";

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

    @Column(name = "deadline", nullable = false, updatable = false)
    private Instant deadline;

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

    /** A new order as {@link #Order(UUID, UUID, List, Duration)}, with the {@link #DEFAULT_DEADLINE}. */
    public Order(UUID id, UUID userId, List<OrderLine> lines) {
        this(id, userId, lines, Duration.parse(DEFAULT_DEADLINE));
    }

    /**
     * A new order, PENDING, with its lines priced; its total is the sum of the lines. The chain has
     * {@code timeToComplete} to finish it; after that deadline it is {@link #expire(Instant) expired}.
     */
    public Order(UUID id, UUID userId, List<OrderLine> lines, Duration timeToComplete) {
        if (timeToComplete == null || timeToComplete.isNegative() || timeToComplete.isZero()) {
            throw new IllegalArgumentException("an order has a positive time to complete, not " + timeToComplete);
        }
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
        this.createdAt = Instant.now().truncatedTo(ChronoUnit.MICROS); // as stored: timestamp(6)
        this.deadline = createdAt.plus(timeToComplete);
        this.history.add(new HistoryEntry(OrderStep.CREATED, createdAt, null));
    }

    /** Adds a step of the chain to the history; the status does not change. */
    public void record(OrderStep step, Instant at, String detail) {
        switch (step) {
            case CREATED, PROCESSED, CANCELLED, TIMED_OUT, PAYMENT_RELEASED, STOCK_RELEASED, NEEDS_ATTENTION ->
                throw new IllegalArgumentException(step + " is not recorded: it comes with a change of status");
            default -> history.add(new HistoryEntry(step, at, detail));
        }
    }

    /** Whether the chain may still move the order on (it is neither final nor expired). */
    public boolean isPending() {
        return status == OrderStatus.PENDING;
    }

    /**
     * The deadline passed with the order still PENDING: it is CANCELLING until the payment and the
     * inventory have undone their part (see {@link #released}); the chain moves it on no more.
     */
    public void expire(Instant at) {
        requirePending();
        status = OrderStatus.CANCELLING;
        history.add(new HistoryEntry(
                OrderStep.TIMED_OUT, at, "not final by its deadline " + deadline + ": undoing what was done"));
    }

    /**
     * A step undid its part of an expired order ({@code step} is {@link OrderStep#PAYMENT_RELEASED}
     * or {@link OrderStep#STOCK_RELEASED}); once both have, the order is CANCELLED, {@code TIMED_OUT}.
     * Also from NEEDS_ATTENTION: the operator's fix let the failed step finish. True when this
     * cancelled the order.
     */
    public boolean released(OrderStep step, Instant at, String detail) {
        if (step != OrderStep.PAYMENT_RELEASED && step != OrderStep.STOCK_RELEASED) {
            throw new IllegalArgumentException(step + " is not a step that undoes");
        }
        if (status != OrderStatus.CANCELLING && status != OrderStatus.NEEDS_ATTENTION) {
            throw new IllegalStateException("order " + id + " is " + status + ", not being cancelled");
        }
        if (has(step)) {
            throw new IllegalStateException("order " + id + " has " + step + " already");
        }
        history.add(new HistoryEntry(step, at, detail));
        if (!has(OrderStep.PAYMENT_RELEASED) || !has(OrderStep.STOCK_RELEASED)) {
            return false;
        }
        status = OrderStatus.CANCELLED;
        cancellationReason = CancellationReason.TIMED_OUT;
        history.add(new HistoryEntry(OrderStep.CANCELLED, at, CancellationReason.TIMED_OUT.name()));
        return true;
    }

    /** Undoing a step of the expired order failed: an operator must act (see {@link OrderStatus#NEEDS_ATTENTION}). */
    public void needsAttention(Instant at, String detail) {
        if (status != OrderStatus.CANCELLING) {
            throw new IllegalStateException("order " + id + " is " + status + ", not being cancelled");
        }
        status = OrderStatus.NEEDS_ATTENTION;
        history.add(new HistoryEntry(OrderStep.NEEDS_ATTENTION, at, detail));
    }

    private boolean has(OrderStep step) {
        return history.stream().anyMatch(entry -> entry.step() == step);
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

    /** When the order must be final; after it, it is expired and what was done is undone. */
    public Instant deadline() {
        return deadline;
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
