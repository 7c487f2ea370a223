package dev.courier.support.openapi;

import java.util.Map;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/**
 * {@link ProblemResponses} and the problems only the services' own APIs answer: refused
 * credentials (HTTP Basic) and conflicts. A service WAR names this class in
 * {@code mp.openapi.model.reader}.
 */
public class ServiceApiResponses extends ProblemResponses {

    @Override
    protected Map<String, APIResponse> moreResponses() {
        return Map.of(
                UNAUTHORIZED,
                problem("No valid credentials: this API asks for HTTP Basic.")
                        .addHeader("WWW-Authenticate", header("The challenge: Basic realm=\"Courier\"")),
                FORBIDDEN,
                problem("The caller's user lacks the role this API needs."),
                CONFLICT,
                problem("The request conflicts with the state of what it changes (detail says how); nothing was"
                        + " changed."));
    }
}
