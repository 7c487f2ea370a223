package dev.courier.support.problem;

import java.util.List;

/**
 * An RFC 9457 problem detail, the body of every error response Courier sends.
 *
 * @param type     a URI naming the kind of problem ({@code about:blank} when the status says it all)
 * @param title    a short summary of the kind of problem, the same for every occurrence
 * @param status   the HTTP status code
 * @param detail   what went wrong with this request, written for the caller; never an exception message
 * @param instance an id of this occurrence, also written to the server log when it is logged
 * @param errors   the invalid fields of a rejected request, or null
 */
public record Problem(String type, String title, int status, String detail, String instance, List<FieldError> errors) {

    /** The media type of problem responses. */
    public static final String MEDIA_TYPE = "application/problem+json";

    /** One invalid field: where it is in the request and what is wrong with it. */
    public record FieldError(String field, String message) {}
}
