package dev.courier.order.orders.control;

/** The catalog failed to answer (5xx): worth retrying, and counted by the circuit breaker. */
public class CatalogUnavailable extends RuntimeException {

    public CatalogUnavailable(int status) {
        super("inventory catalog answered " + status);
    }
}
