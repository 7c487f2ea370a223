package dev.courier.order.orders.control;

/** The catalog refused the request (4xx): a fault of this service, never retried. */
public class CatalogRejected extends RuntimeException {

    public CatalogRejected(int status) {
        super("inventory catalog refused the request with " + status);
    }
}
