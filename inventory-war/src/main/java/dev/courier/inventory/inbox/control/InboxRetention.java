package dev.courier.inventory.inbox.control;

import java.time.Duration;
import java.time.Instant;
import java.util.logging.Logger;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import dev.courier.support.messaging.Inbox;

/**
 * Keeps the record of applied events from growing without end: every hour, forgets the ids older
 * than {@code courier.inbox.retention} (default 7 days, far beyond any redelivery or move back).
 */
@Singleton
public class InboxRetention {

    private static final Logger LOG = Logger.getLogger(InboxRetention.class.getName());

    @PersistenceContext(unitName = "inventory")
    EntityManager em;

    @Inject
    @ConfigProperty(name = "courier.inbox.retention", defaultValue = "P7D")
    Duration retention;

    @Schedule(hour = "*", minute = "23", persistent = false)
    public void forgetOldEvents() {
        int forgotten = Inbox.forgetAppliedBefore(em, Instant.now().minus(retention));
        if (forgotten > 0) {
            LOG.info(() -> "Forgot " + forgotten + " applied event ids older than " + retention);
        }
    }
}
