package dev.courier.support.problem;

import jakarta.json.JsonException;
import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * Answers a request body that is not JSON of the expected shape (malformed, truncated, wrong types,
 * unknown fields, numbers out of range) with 400. JAX-RS reports it as a processing failure caused
 * by JSON-B or JSON-P; any other processing failure is the server's, a 500.
 */
@Provider
public class UnreadableBodyMapper implements ExceptionMapper<ProcessingException> {

    @Override
    public Response toResponse(ProcessingException exception) {
        if (causedByJson(exception)) {
            return unreadable();
        }
        return UnexpectedFailureMapper.serverFailure(exception);
    }

    static Response unreadable() {
        return Problems.response(
                400,
                "Malformed request body",
                "The body is not valid JSON of the expected shape: check syntax, field names and types.");
    }

    private static boolean causedByJson(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof JsonbException || cause instanceof JsonException) {
                return true;
            }
        }
        return false;
    }
}
