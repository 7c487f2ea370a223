package dev.courier.order.orders.control;

import dev.courier.support.problem.Outages;
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
        // the product query never answers 404 itself: any 404 of the catalog is its server's (Outages)
        return Outages.isOutage(response) ? new CatalogUnavailable(status) : new CatalogRejected(status);
    }
}
