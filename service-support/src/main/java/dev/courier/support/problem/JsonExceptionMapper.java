package dev.courier.support.problem;

import jakarta.json.JsonException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** Answers a body that JSON-P cannot parse (a route that reads a raw JSON object) like {@link UnreadableBodyMapper}: 400. */
@Provider
public class JsonExceptionMapper implements ExceptionMapper<JsonException> {

    @Override
    public Response toResponse(JsonException exception) {
        return UnreadableBodyMapper.unreadable();
    }
}
