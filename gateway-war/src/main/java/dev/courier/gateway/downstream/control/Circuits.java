package dev.courier.gateway.downstream.control;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.BiConsumer;
import java.util.logging.Logger;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;

/**
 * What the gateway has seen of each downstream circuit breaker, for readiness data and logs.
 * MicroProfile Fault Tolerance has no portable API to read a breaker, so the state is told by
 * outcomes: a call refused as open means OPEN, any answer after that means it closed again.
 */
@ApplicationScoped
public class Circuits {

    private static final Logger LOG = Logger.getLogger(Circuits.class.getName());

    /** A circuit as last seen. */
    public record State(String state, Instant since) {}

    private final ConcurrentMap<String, State> states = new ConcurrentHashMap<>();

    /** Records the outcome of one guarded call to {@code circuit}; for {@code whenComplete}. */
    public <T> BiConsumer<T, Throwable> observe(String circuit) {
        return (result, failure) -> {
            boolean refused = causeOf(failure) instanceof CircuitBreakerOpenException;
            if (refused) {
                moveTo(circuit, "OPEN");
            } else if (result != null || causeOf(failure) instanceof DownstreamRejected) {
                moveTo(circuit, "CLOSED");
            }
        };
    }

    private void moveTo(String circuit, String state) {
        State before = states.get(circuit);
        if (before == null || !before.state().equals(state)) {
            states.put(circuit, new State(state, Instant.now()));
            if (before != null || !"CLOSED".equals(state)) {
                LOG.warning(() -> "Circuit " + circuit + " is " + state
                        + ("OPEN".equals(state)
                                ? ": calls fail fast until it lets trial calls through"
                                : ": calls go through again"));
            }
        }
    }

    /** Every circuit seen so far, by name. */
    public Map<String, State> all() {
        return new TreeMap<>(states);
    }

    /** Registers a circuit as CLOSED so that it shows before its first call. */
    public void known(String circuit) {
        states.putIfAbsent(circuit, new State("CLOSED", Instant.now()));
    }

    static Throwable causeOf(Throwable failure) {
        Throwable cause = failure;
        while (cause instanceof java.util.concurrent.CompletionException
                || cause instanceof java.util.concurrent.ExecutionException) {
            cause = cause.getCause();
        }
        return cause;
    }
}
