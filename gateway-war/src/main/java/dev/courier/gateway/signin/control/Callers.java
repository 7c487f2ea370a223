package dev.courier.gateway.signin.control;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonString;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * The caller of the current request, from the bearer token that MicroProfile JWT has verified
 * (the security constraint in web.xml lets no request to orders or users through without one).
 * The token names the customer by Courier's user id in the claim {@code courier.gateway.customer-claim}
 * ({@code sub} by default; an identity provider that has its own subjects puts the Courier id in a
 * claim of its own, e.g. from a user attribute); its {@code groups} carry the roles.
 */
@RequestScoped
public class Callers {

    @Inject
    JsonWebToken token;

    @Inject
    @ConfigProperty(name = "courier.gateway.customer-claim", defaultValue = "sub")
    String customerClaim;

    /** The caller, or one who names no customer and is no admin when the request carries no token. */
    public Caller current() {
        boolean shopAdmin = token.getGroups() != null && token.getGroups().contains(Caller.SHOP_ADMIN);
        return new Caller(customer(), shopAdmin);
    }

    private UUID customer() {
        Optional<Object> claim = Optional.ofNullable(token.getClaim(customerClaim));
        try {
            return claim.map(value ->
                            UUID.fromString(value instanceof JsonString text ? text.getString() : value.toString()))
                    .orElse(null);
        } catch (IllegalArgumentException notAUserId) {
            return null; // signed in, but as no Courier customer: reads nothing, places nothing
        }
    }
}
