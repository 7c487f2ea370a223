package dev.courier.inventory.stock.control;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Keeps the record of stock taken per order from growing without end: every hour, forgets the
 * reservations older than {@code courier.inbox.retention} (default 7 days), as the inbox forgets
 * event ids. An order's deadline is minutes; nothing that old is ever undone.
 */
@Singleton
public class ReservationRetention {

    private static final Logger LOG = Logger.getLogger(ReservationRetention.class.getName());

    @Inject
    StockReservations reservations;

    @Inject
    @ConfigProperty(name = "courier.inbox.retention", defaultValue = "P7D")
    Duration retention;

    @Schedule(hour = "*", minute = "37", persistent = false)
    public void forgetOldReservations() {
        int forgotten = reservations.forgetReservedBefore(Instant.now().minus(retention));
        if (forgotten > 0) {
            LOG.info(() -> "Forgot " + forgotten + " stock reservations older than " + retention);
        }
    }
}
