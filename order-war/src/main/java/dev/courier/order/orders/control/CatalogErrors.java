package dev.courier.order.orders.control;

import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.rest.client.ext.ResponseExceptionMapper;

/** Turns the catalog's error answers into typed exceptions the fault-tolerance policy can tell apart. */
public class CatalogErrors implements ResponseExceptionMapper<RuntimeException> {

    @Override
    public boolean handles(int status, MultivaluedMap<String, Object> headers) {
        return status >= 400;
    }

    @Override
    public RuntimeException toThrowable(Response response) {
        int status = response.getStatus();
        // 401/403: the catalog refused the order service's own credentials, a fault of the setup;
        // 404: the catalog's query never answers it, so it comes from the server in front of it:
        // inventory is not deployed there. All three are outages, not a fault of the order.
        return status >= 500 || status == 401 || status == 403 || status == 404
                ? new CatalogUnavailable(status) : new CatalogRejected(status);
    }
}
