package dev.courier.support.problem;

import java.util.Map;

/**
 * A failure whose answer to the caller is known: its status, title and a detail written for the
 * caller. Business code throws it (or a subclass); {@link ProblemExceptionMapper} answers it.
 */
public class ProblemException extends RuntimeException {

    private final int status;
    private final String title;
    private final String detail;
    private final Map<String, String> headers;

    public ProblemException(int status, String title, String detail) {
        this(status, title, detail, Map.of());
    }

    public ProblemException(int status, String title, String detail, Map<String, String> headers) {
        super(title + ": " + detail, null, false, false);
        this.status = status;
        this.title = title;
        this.detail = detail;
        this.headers = Map.copyOf(headers);
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }

    public String detail() {
        return detail;
    }

    /** Extra response headers, e.g. {@code Retry-After} on a 503. */
    public Map<String, String> headers() {
        return headers;
    }
}
