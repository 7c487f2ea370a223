package dev.courier.order.demo.control;

import dev.courier.order.users.entity.User;
import dev.courier.support.persistence.DatabaseLocks;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.UUID;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Registers a few users at startup when they do not exist yet; the payment service funds their
 * accounts under the same ids. Idempotent. Off with {@code courier.demo-data.enabled=false}.
 */
@Singleton
@Startup
public class DemoUsers {

    private static final Logger LOG = Logger.getLogger(DemoUsers.class.getName());

    /** The demo users; their ids are in the README's walk-through. */
    public static final List<User> USERS = List.of(
            new User(UUID.fromString("00000000-0000-4000-8000-00000000c001"), "Ada Lovelace", "ada@example.com"),
            new User(UUID.fromString("00000000-0000-4000-8000-00000000c002"), "Grace Hopper", "grace@example.com"),
            new User(UUID.fromString("00000000-0000-4000-8000-00000000c003"), "Alan Turing", "alan@example.com"));

    @Inject
    @ConfigProperty(name = "courier.demo-data.enabled", defaultValue = "true")
    boolean enabled;

    @PersistenceContext(unitName = "order")
    EntityManager em;

    @PostConstruct
    void load() {
        if (enabled) {
            int added = registerMissing();
            LOG.info(() -> "Demo users: " + added + " registered, " + (USERS.size() - added) + " already there");
        }
    }

    /** Registers the demo users that do not exist yet; returns how many it registered. */
    public int registerMissing() {
        // several nodes booting together on a fresh database: one adds them, the others then find them
        DatabaseLocks.holdUntilCommit(em, "courier-demo-data");
        int added = 0;
        for (User demo : USERS) {
            if (em.find(User.class, demo.id()) == null) {
                em.persist(new User(demo.id(), demo.name(), demo.email()));
                added++;
            }
        }
        return added;
    }
}
