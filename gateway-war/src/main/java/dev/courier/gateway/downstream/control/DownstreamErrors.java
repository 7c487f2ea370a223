package dev.courier.gateway.downstream.control;

import dev.courier.support.problem.Outages;
import jakarta.json.JsonObject;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.ext.ResponseExceptionMapper;

/** Turns a downstream's error answers into typed exceptions that fault tolerance tells apart. */
public class DownstreamErrors implements ResponseExceptionMapper<RuntimeException> {

    @Override
    public boolean handles(int status, MultivaluedMap<String, Object> headers) {
        return status >= 400;
    }

    @Override
    public RuntimeException toThrowable(Response response) {
        int status = response.getStatus();
        return Outages.isOutage(response)
                ? new DownstreamUnavailable(status)
                : new DownstreamRejected(status, problemOf(response));
    }

    private static JsonObject problemOf(Response response) {
        try {
            return response.hasEntity() ? response.readEntity(JsonObject.class) : null;
        } catch (RuntimeException unreadable) {
            return null;
        }
    }
}
