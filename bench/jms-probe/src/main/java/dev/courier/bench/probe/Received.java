package dev.courier.bench.probe;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.atomic.AtomicLong;

/** How many probe messages the listener has taken off the queue since the last reset. */
@ApplicationScoped
public class Received {

    private final AtomicLong count = new AtomicLong();

    void one() {
        count.incrementAndGet();
    }

    long count() {
        return count.get();
    }

    void reset() {
        count.set(0);
    }
}
