package dev.courier.support.problem;

import jakarta.json.JsonException;
import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.ConstrainedTo;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.RuntimeType;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.IOException;

/**
 * A request body that cannot be read is the caller's mistake, whatever the reader throws: JSON-P
 * refuses a document nested deeper than 1,000 levels with a bare {@code RuntimeException}, which
 * would otherwise be answered 500. The failures the other mappers explain (JSON-B, JSON-P,
 * processing, problems) pass through as they are.
 */
@Provider
@ConstrainedTo(RuntimeType.SERVER)
public class UnreadableBodyGuard implements ReaderInterceptor {

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        try {
            return context.proceed();
        } catch (WebApplicationException
                | ProblemException
                | JsonbException
                | JsonException
                | ProcessingException known) {
            throw known;
        } catch (RuntimeException unreadable) {
            throw new ProblemException(
                    400, "Invalid request", "The request body is not a JSON document this API can read.");
        }
    }
}
