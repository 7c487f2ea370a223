package dev.courier.support.problem;

import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.UUID;

/** Builds problem responses, so that every mapper answers in the same shape. */
public final class Problems {

    private Problems() {}

    public static Response response(int status, String title, String detail) {
        return response(new Problem("about:blank", title, status, detail, newInstance(), null));
    }

    public static Response response(int status, String title, String detail, List<Problem.FieldError> errors) {
        return response(new Problem("about:blank", title, status, detail, newInstance(), errors));
    }

    public static Response response(Problem problem) {
        return Response.status(problem.status())
                .type(Problem.MEDIA_TYPE)
                .entity(problem)
                .build();
    }

    /** A fresh id for one occurrence of a problem, to find it in the log. */
    public static String newInstance() {
        return "urn:uuid:" + UUID.randomUUID();
    }

    /** The standard reason phrase of a status, or a generic title for codes JAX-RS does not name. */
    public static String title(int status) {
        Response.Status known = Response.Status.fromStatusCode(status);
        if (known != null) {
            return known.getReasonPhrase();
        }
        return status >= 500 ? "Server Error" : "Client Error";
    }
}
