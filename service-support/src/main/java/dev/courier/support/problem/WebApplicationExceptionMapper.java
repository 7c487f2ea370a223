package dev.courier.support.problem;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Map;

/**
 * Answers the errors JAX-RS raises itself (unknown path, wrong method, wrong content type,
 * unparsable parameter) as problems. The detail is chosen per status, never the exception message.
 */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

    private static final Map<Integer, String> DETAILS = Map.of(
            400, "The request could not be read.",
            401, "Credentials are missing or not valid.",
            403, "These credentials do not allow this request.",
            404, "Nothing exists at this address.",
            405, "This address does not accept this method.",
            406, "This address answers only in application/json.",
            413, "The request body is too large.",
            415, "Send the request body as application/json.");

    @Override
    public Response toResponse(WebApplicationException exception) {
        int status = exception.getResponse().getStatus();
        if (status >= 500) {
            return UnexpectedFailureMapper.serverFailure(exception);
        }
        Response.ResponseBuilder response = Response.fromResponse(Problems.response(
                status, Problems.title(status), DETAILS.getOrDefault(status, "The request cannot be served.")));
        String allow = exception.getResponse().getHeaderString(HttpHeaders.ALLOW);
        if (allow != null) {
            response.header(HttpHeaders.ALLOW, allow);
        }
        return response.build();
    }
}
