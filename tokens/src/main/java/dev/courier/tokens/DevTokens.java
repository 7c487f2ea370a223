package dev.courier.tokens;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import java.security.PrivateKey;
import java.time.Duration;
import java.util.Set;
import java.util.UUID;

/**
 * Short-lived tokens for Courier's development sign-in, signed with the development key pair
 * ({@link SigningKeys}): what a real OpenID Connect provider issues, reduced to what the gateway
 * checks. A development convenience only: a production gateway trusts its provider's keys, not these.
 */
public final class DevTokens {

    /** The issuer ({@code iss}) of development tokens; the gateway's {@code mp.jwt.verify.issuer} by default. */
    public static final String ISSUER = "courier-dev";

    /** The audience ({@code aud}) the gateway expects; its {@code mp.jwt.verify.audiences}. */
    public static final String AUDIENCE = "courier";

    /** The role of a shop's customer: their own orders and user record. */
    public static final String CUSTOMER = "customer";

    /** The role of the people who run the shop: every order and user. */
    public static final String SHOP_ADMIN = "shop-admin";

    /** How long a development token is valid unless told otherwise. */
    public static final Duration LIFETIME = Duration.ofMinutes(15);

    private DevTokens() {}

    /**
     * The claims of a development token for {@code subject} with {@code roles}: issuer, audience,
     * subject, groups, issued now and expiring after {@code lifetime}. Callers may change any of them
     * before signing (the tests make invalid tokens this way).
     */
    public static JwtClaimsBuilder claims(String subject, Set<String> roles, Duration lifetime) {
        return Jwt.issuer(ISSUER)
                .audience(AUDIENCE)
                .subject(subject)
                .groups(roles)
                .issuedAt(System.currentTimeMillis() / 1000)
                .expiresIn(lifetime);
    }

    /** A signed token (RS256) for the customer whose Courier user id is {@code customer}. */
    public static String customer(PrivateKey key, UUID customer) {
        return claims(customer.toString(), Set.of(CUSTOMER), LIFETIME).sign(key);
    }

    /** A signed token (RS256) for a shop admin named {@code subject}. */
    public static String shopAdmin(PrivateKey key, String subject) {
        return claims(subject, Set.of(SHOP_ADMIN), LIFETIME).sign(key);
    }
}
