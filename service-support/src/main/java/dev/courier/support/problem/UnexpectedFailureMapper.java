package dev.courier.support.problem;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The last resort: any failure no other mapper knows is a 500 whose body says nothing about the
 * cause; the log line carries the cause and the same instance id as the body. A failure caused by
 * a database that cannot be reached is a 503 instead ({@link DatabaseOutage}).
 */
@Provider
public class UnexpectedFailureMapper implements ExceptionMapper<Exception> {

    private static final Logger LOG = Logger.getLogger(UnexpectedFailureMapper.class.getName());

    @Override
    public Response toResponse(Exception exception) {
        if (DatabaseOutage.isCause(exception)) {
            return DatabaseOutage.response(exception);
        }
        return serverFailure(exception);
    }

    /** A 500 problem for {@code failure}, logged with its instance id. */
    public static Response serverFailure(Throwable failure) {
        Problem problem = new Problem(
                "about:blank",
                "Internal Server Error",
                500,
                "The server could not complete the request.",
                Problems.newInstance(),
                null);
        LOG.log(Level.SEVERE, "Request failed, problem " + problem.instance(), failure);
        return Problems.response(problem);
    }
}
