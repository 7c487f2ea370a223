package dev.courier.support.problem;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.StreamSupport;

/**
 * Answers a request that failed Bean Validation with 400 and the list of invalid fields, named as
 * the caller wrote them ({@code products[0].quantity}), without echoing the rejected values.
 */
@Provider
public class ConstraintViolationExceptionMapper implements ExceptionMapper<ConstraintViolationException> {

    @Override
    public Response toResponse(ConstraintViolationException exception) {
        return Problems.response(
                400,
                "Invalid request",
                "One or more fields are not valid.",
                errors(exception.getConstraintViolations()));
    }

    /** One error per violation, sorted by field, with the constraint's message and not the value. */
    static List<Problem.FieldError> errors(Set<ConstraintViolation<?>> violations) {
        return violations.stream()
                .map(violation -> new Problem.FieldError(field(violation), violation.getMessage()))
                .sorted(Comparator.comparing(Problem.FieldError::field).thenComparing(Problem.FieldError::message))
                .toList();
    }

    /** The path inside the request: method and parameter nodes are the server's names, not the caller's. */
    static String field(ConstraintViolation<?> violation) {
        List<Path.Node> nodes = StreamSupport.stream(violation.getPropertyPath().spliterator(), false)
                .filter(node -> node.getKind() != ElementKind.METHOD && node.getKind() != ElementKind.CONSTRUCTOR)
                .toList();
        StringBuilder path = new StringBuilder();
        for (Path.Node node : nodes.subList(Math.min(1, nodes.size()), nodes.size())) { // skip the parameter
            if (node.isInIterable()) {
                // the index or key belongs to the container named by the previous node
                path.append('[')
                        .append(node.getIndex() != null ? node.getIndex() : node.getKey())
                        .append(']');
            }
            if (node.getName() != null && node.getKind() != ElementKind.CONTAINER_ELEMENT) {
                path.append(path.isEmpty() ? "" : ".").append(node.getName());
            }
        }
        if (!path.isEmpty()) {
            return path.toString();
        }
        // a violation on the parameter itself: a missing body or query parameter
        return nodes.stream()
                .filter(node -> node.getKind() == ElementKind.PARAMETER)
                .map(Path.Node::getName)
                .findFirst()
                .orElse("request");
    }
}
