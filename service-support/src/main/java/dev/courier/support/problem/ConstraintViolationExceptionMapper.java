package dev.courier.support.problem;

import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * Answers a request that failed Bean Validation with 400 and the list of invalid fields, named as
 * the caller wrote them ({@code products[0].quantity}), without echoing the rejected values.
 */
@Provider
public class ConstraintViolationExceptionMapper implements ExceptionMapper<ConstraintViolationException> {

    @Override
    public Response toResponse(ConstraintViolationException exception) {
        List<Problem.FieldError> errors = exception.getConstraintViolations().stream()
                .map(violation -> new Problem.FieldError(field(violation), violation.getMessage()))
                .sorted(Comparator.comparing(Problem.FieldError::field).thenComparing(Problem.FieldError::message))
                .toList();
        return Problems.response(400, "Invalid request", "One or more fields are not valid.", errors);
    }

    /** The path inside the request: method and parameter nodes are the server's names, not the caller's. */
    static String field(ConstraintViolation<?> violation) {
        String path = StreamSupport.stream(violation.getPropertyPath().spliterator(), false)
                .filter(node -> node.getKind() != ElementKind.METHOD && node.getKind() != ElementKind.CONSTRUCTOR)
                .skip(1) // the parameter: the body or a query parameter
                .map(ConstraintViolationExceptionMapper::nodeName)
                .collect(Collectors.joining("."))
                .replace(".[", "[");
        if (!path.isEmpty()) {
            return path;
        }
        // a violation on the parameter itself: a missing body or query parameter
        return StreamSupport.stream(violation.getPropertyPath().spliterator(), false)
                .filter(node -> node.getKind() == ElementKind.PARAMETER)
                .map(Path.Node::getName)
                .findFirst()
                .orElse("request");
    }

    private static String nodeName(Path.Node node) {
        String name = node.getName() == null ? "" : node.getName();
        if (node.getIndex() != null) {
            return name + "[" + node.getIndex() + "]";
        }
        return name;
    }
}
