package dev.courier.support.problem;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** Answers a {@link ProblemException} with the status, title and detail it carries. */
@Provider
public class ProblemExceptionMapper implements ExceptionMapper<ProblemException> {

    @Override
    public Response toResponse(ProblemException exception) {
        Response.ResponseBuilder response =
                Response.fromResponse(Problems.response(exception.status(), exception.title(), exception.detail()));
        exception.headers().forEach(response::header);
        return response.build();
    }
}
