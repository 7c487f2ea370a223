package dev.courier.gateway.downstream.control;

import jakarta.json.JsonObject;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.rest.client.ext.ResponseExceptionMapper;

import dev.courier.support.problem.Problem;

/** Turns a downstream's error answers into typed exceptions that fault tolerance tells apart. */
public class DownstreamErrors implements ResponseExceptionMapper<RuntimeException> {

    @Override
    public boolean handles(int status, MultivaluedMap<String, Object> headers) {
        return status >= 400;
    }

    @Override
    public RuntimeException toThrowable(Response response) {
        int status = response.getStatus();
        if (status >= 500 || status == 404 && !isProblem(response)) {
            // a 404 that is not the service's own problem answer comes from the server in front of
            // it: the service is not deployed there, which is an outage, not an unknown id
            return new DownstreamUnavailable(status);
        }
        if (status == 401 || status == 403) {
            // the service refused the gateway's own credentials: a fault of this setup, never the
            // caller's, so it is not passed on as the caller's 401/403
            return new DownstreamUnavailable(status);
        }
        return new DownstreamRejected(status, problemOf(response));
    }

    private static boolean isProblem(Response response) {
        return response.getMediaType() != null && Problem.MEDIA_TYPE.equals(
                response.getMediaType().getType() + "/" + response.getMediaType().getSubtype());
    }

    private static JsonObject problemOf(Response response) {
        try {
            return response.hasEntity() ? response.readEntity(JsonObject.class) : null;
        } catch (RuntimeException unreadable) {
            return null;
        }
    }
}
