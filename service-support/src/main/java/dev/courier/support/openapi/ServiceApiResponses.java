package dev.courier.support.openapi;

import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.security.SecurityScheme;

/**
 * {@link ProblemResponses} and what only the services' own APIs have: HTTP Basic as the security
 * scheme of every route, refused credentials and conflicts. A service WAR names this class in
 * {@code mp.openapi.model.reader}.
 */
public class ServiceApiResponses extends ProblemResponses {

    private static final String BASIC = "basic";

    @Override
    public OpenAPI buildModel() {
        OpenAPI model = super.buildModel();
        model.getComponents()
                .addSecurityScheme(
                        BASIC,
                        OASFactory.createSecurityScheme()
                                .type(SecurityScheme.Type.HTTP)
                                .scheme("basic"));
        return model.addSecurityRequirement(
                OASFactory.createSecurityRequirement().addScheme(BASIC));
    }

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
