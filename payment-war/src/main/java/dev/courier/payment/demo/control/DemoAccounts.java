package dev.courier.payment.demo.control;

import dev.courier.payment.accounts.entity.Account;
import dev.courier.support.persistence.DatabaseLocks;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.util.Map;
import java.util.UUID;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Funds the accounts of the order service's demo users at startup when they do not exist yet.
 * Idempotent: an existing account keeps its balance. Off with {@code courier.demo-data.enabled=false}.
 */
@Singleton
@Startup
public class DemoAccounts {

    private static final Logger LOG = Logger.getLogger(DemoAccounts.class.getName());

    /** The demo users' ids (the order service's demo data) and their opening balances. */
    public static final Map<UUID, BigDecimal> BALANCES = Map.of(
            UUID.fromString("00000000-0000-4000-8000-00000000c001"), new BigDecimal("500.00"),
            UUID.fromString("00000000-0000-4000-8000-00000000c002"), new BigDecimal("150.00"),
            UUID.fromString("00000000-0000-4000-8000-00000000c003"), new BigDecimal("10.00"));

    @Inject
    @ConfigProperty(name = "courier.demo-data.enabled", defaultValue = "true")
    boolean enabled;

    @PersistenceContext(unitName = "payment")
    EntityManager em;

    @PostConstruct
    void load() {
        if (enabled) {
            int opened = openMissing();
            LOG.info(() -> "Demo accounts: " + opened + " opened, " + (BALANCES.size() - opened) + " already there");
        }
    }

    /** Opens the demo accounts that do not exist yet; returns how many it opened. */
    public int openMissing() {
        // several nodes booting together on a fresh database: one adds them, the others then find them
        DatabaseLocks.holdUntilCommit(em, "courier-demo-data");
        int opened = 0;
        for (Map.Entry<UUID, BigDecimal> demo : BALANCES.entrySet()) {
            if (em.find(Account.class, demo.getKey()) == null) {
                em.persist(new Account(demo.getKey(), demo.getValue()));
                opened++;
            }
        }
        return opened;
    }
}
