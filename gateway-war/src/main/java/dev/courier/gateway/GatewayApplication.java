package dev.courier.gateway;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;

/**
 * Courier's public API, under {@code /api}; its OpenAPI document at {@code /api/openapi}
 * (META-INF/openapi.yaml), browsable at {@code /api-docs/}.
 */
@ApplicationPath("api")
@OpenAPIDefinition(
        info =
                @Info(
                        title = "Courier",
                        version = "1",
                        description = "The public API of Courier: place orders, follow them through the order chain"
                                + " (payment, stock), read an order with its customer and every product's details."
                                + " Every error answer is an RFC 9457 problem document (application/problem+json),"
                                + " never a stack trace. A downstream service that cannot answer makes a 503 with"
                                + " Retry-After, or, for the details, a partial answer that names what is missing in"
                                + " degraded. Orders and users are a signed-in customer's own: send a bearer token of"
                                + " Courier's identity provider (401 without one; another customer's order is 404);"
                                + " the catalog is open. Each client has a quota of requests (429 with Retry-After"
                                + " over it)."))
public class GatewayApplication extends Application {}
