package dev.courier.inventory.products.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** A product of the catalog with its price and the quantity in stock. */
@Entity
@Table(name = "products", uniqueConstraints = @UniqueConstraint(name = "uk_products_name", columnNames = "name"))
@NamedQuery(name = Product.ALL, query = "select p from Product p order by p.name, p.id")
@NamedQuery(name = Product.COUNT, query = "select count(p) from Product p")
@NamedQuery(name = Product.BY_IDS, query = "select p from Product p where p.id in :ids order by p.name, p.id")
@NamedQuery(name = Product.COUNT_BY_NAME, query = "select count(p) from Product p where p.name = :name")
public class Product {

    public static final String ALL = "Product.all";
    public static final String COUNT = "Product.count";
    public static final String BY_IDS = "Product.byIds";
    public static final String COUNT_BY_NAME = "Product.countByName";

    /** The most of one product the catalog holds; keeps every sum of quantities far from overflow. */
    public static final int MAX_STOCK = 1_000_000_000;

    @Id
    @Column(name = "id", nullable = false, updatable = false)
    private UUID id;

    @Column(name = "name", nullable = false, length = 200)
    private String name;

    @Column(name = "price", nullable = false, precision = 12, scale = 2)
    private BigDecimal price;

    @Column(name = "stock", nullable = false)
    private int stock;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected Product() {
        // for JPA
    }

    public Product(UUID id, String name, BigDecimal price, int stock) {
        this.id = Objects.requireNonNull(id, "id");
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a product needs a name");
        }
        if (price == null || price.signum() <= 0) {
            throw new IllegalArgumentException("a product needs a positive price");
        }
        this.name = name;
        this.price = price;
        this.createdAt = Instant.now();
        setStock(stock);
    }

    public void setStock(int stock) {
        if (stock < 0 || stock > MAX_STOCK) {
            throw new IllegalArgumentException("stock must be between 0 and " + MAX_STOCK);
        }
        this.stock = stock;
    }

    /** Whether {@code quantity} more still fits under {@link #MAX_STOCK}. */
    public boolean canAdd(int quantity) {
        return (long) stock + quantity <= MAX_STOCK;
    }

    public void addStock(int quantity) {
        if (quantity <= 0 || !canAdd(quantity)) {
            throw new IllegalArgumentException("cannot add " + quantity + " to a stock of " + stock);
        }
        stock += quantity;
    }

    /** Whether {@code quantity} units are in stock. */
    public boolean canTake(int quantity) {
        return quantity > 0 && quantity <= stock;
    }

    /** Takes {@code quantity} units out of stock; only what {@link #canTake(int) is there}. */
    public void take(int quantity) {
        if (!canTake(quantity)) {
            throw new IllegalArgumentException("cannot take " + quantity + " from a stock of " + stock);
        }
        stock -= quantity;
    }

    public UUID id() {
        return id;
    }

    public String name() {
        return name;
    }

    public BigDecimal price() {
        return price;
    }

    public int stock() {
        return stock;
    }

    public Instant createdAt() {
        return createdAt;
    }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof Product product && id.equals(product.id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }
}
