package dev.courier.inventory.demo.control;

import dev.courier.inventory.products.entity.Product;
import dev.courier.support.persistence.DatabaseLocks;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Puts a few products with stock into an empty catalog at startup, so that a fresh system can take
 * orders at once. Idempotent: fixed ids, and a product already there is left as it is.
 * Off with {@code courier.demo-data.enabled=false}.
 */
@Singleton
@Startup
public class DemoCatalog {

    private static final Logger LOG = Logger.getLogger(DemoCatalog.class.getName());

    /** The demo products; their ids are in the README's walk-through. */
    public static final List<Product> PRODUCTS = List.of(
            new Product(
                    UUID.fromString("00000000-0000-4000-8000-00000000a001"),
                    "Espresso beans 1 kg",
                    new BigDecimal("24.90"),
                    500),
            new Product(
                    UUID.fromString("00000000-0000-4000-8000-00000000a002"),
                    "Ceramic mug",
                    new BigDecimal("12.50"),
                    200),
            new Product(
                    UUID.fromString("00000000-0000-4000-8000-00000000a003"),
                    "Hand grinder",
                    new BigDecimal("89.00"),
                    50),
            new Product(
                    UUID.fromString("00000000-0000-4000-8000-00000000a004"),
                    "Milk frother",
                    new BigDecimal("39.95"),
                    5));

    @Inject
    @ConfigProperty(name = "courier.demo-data.enabled", defaultValue = "true")
    boolean enabled;

    @PersistenceContext(unitName = "inventory")
    EntityManager em;

    @PostConstruct
    void load() {
        if (enabled) {
            int added = loadMissing();
            LOG.info(() ->
                    "Demo catalog: " + added + " products added, " + (PRODUCTS.size() - added) + " already there");
        }
    }

    /** Adds the demo products that are not in the catalog yet; returns how many it added. */
    public int loadMissing() {
        // several nodes booting together on a fresh database: one adds them, the others then find them
        DatabaseLocks.holdUntilCommit(em, "courier-demo-data");
        int added = 0;
        for (Product demo : PRODUCTS) {
            if (em.find(Product.class, demo.id()) == null) {
                em.persist(new Product(demo.id(), demo.name(), demo.price(), demo.stock()));
                added++;
            }
        }
        return added;
    }
}
