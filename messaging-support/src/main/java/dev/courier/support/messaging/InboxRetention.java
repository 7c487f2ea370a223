package dev.courier.support.messaging;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Keeps each service's record of applied events from growing without end: every hour, forgets the
 * ids older than {@code courier.inbox.retention} (default 7 days, far beyond any redelivery or move
 * back). Deployed with every service that consumes events, in its own database.
 */
@Singleton
public class InboxRetention {

    private static final Logger LOG = Logger.getLogger(InboxRetention.class.getName());

    @PersistenceContext // the service's one persistence unit
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
