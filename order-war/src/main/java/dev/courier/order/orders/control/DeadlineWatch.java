package dev.courier.order.orders.control;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Scope;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Looks for orders past their deadline every {@code courier.order.deadline-check} (default 10
 * seconds) and has {@link OrderDeadlines} settle each, one transaction per order: one order that
 * cannot be settled now (its database row locked, the broker away) does not hold up the others, and
 * is tried again at the next check. Each check also counts the orders that need an operator's
 * attention, for the metrics.
 */
@Singleton
@Startup
public class DeadlineWatch {

    private static final Logger LOG = Logger.getLogger(DeadlineWatch.class.getName());

    @Resource
    TimerService timers;

    @Inject
    OrderDeadlines deadlines;

    @Inject
    OrderMetrics metrics;

    @Inject
    Tracer tracer;

    @Inject
    @ConfigProperty(name = "courier.order.deadline-check", defaultValue = "PT10S")
    Duration interval;

    @PostConstruct
    void schedule() {
        timers.createIntervalTimer(interval.toMillis(), interval.toMillis(), new TimerConfig(null, false));
    }

    @Timeout
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED) // each order in a transaction of its own
    public void check() {
        Instant now = Instant.now();
        settle("expire", deadlines.expiredAt(now), id -> deadlines.expire(id, now));
        settle("give up on", deadlines.stuckAt(now), id -> deadlines.giveUp(id, now));
        try {
            metrics.needingAttention(deadlines.needingAttention());
        } catch (RuntimeException e) {
            LOG.log(Level.FINE, e, () -> "Could not count the orders needing attention now");
        }
    }

    /** Settles each order in a span of its own: the steps that undo it then belong to one trace. */
    private void settle(String what, List<UUID> ids, Predicate<UUID> action) {
        for (UUID id : ids) {
            Span span = tracer.spanBuilder("order deadline: " + what)
                    .setAttribute("courier.order.id", id.toString())
                    .startSpan();
            try (Scope scope = span.makeCurrent()) {
                action.test(id);
            } catch (RuntimeException e) {
                span.recordException(e);
                LOG.log(Level.WARNING, e, () -> "Could not " + what + " order " + id + " now; trying again later");
            } finally {
                span.end();
            }
        }
    }
}
