package dev.courier.support.problem;

import jakarta.ws.rs.core.Response;

/**
 * How a Courier service reads another Courier service's error answer: whether it says the callee
 * is out of service, not that the request was wrong. Shared by the REST clients' response
 * exception mappers, so the gateway and the order service judge their callees alike.
 */
public final class Outages {

    private Outages() {}

    /**
     * A 5xx; a 401 or 403 (the callee refused the caller's own service credentials: a fault of the
     * setup, never of the caller's caller); or a 404 that is not the callee's own problem document
     * (the server in front of it answered: the callee is not deployed there).
     */
    public static boolean isOutage(Response response) {
        int status = response.getStatus();
        return status >= 500 || status == 401 || status == 403 || status == 404 && !isProblem(response);
    }

    /** Whether the answer is a problem document ({@code application/problem+json}). */
    public static boolean isProblem(Response response) {
        return response.getMediaType() != null
                && Problem.MEDIA_TYPE.equals(response.getMediaType().getType() + "/"
                        + response.getMediaType().getSubtype());
    }
}
