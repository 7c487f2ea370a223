package dev.courier.testing;

import static io.restassured.RestAssured.given;

import dev.courier.tokens.DevTokens;
import dev.courier.tokens.SigningKeys;
import io.restassured.specification.RequestSpecification;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import java.security.PrivateKey;
import java.util.Set;
import java.util.UUID;

/**
 * Bearer tokens of the gateway's development sign-in, signed with the key pair generated for the
 * test server when it was provisioned (module tokens), and requests to the gateway that carry them.
 */
public final class Tokens {

    private Tokens() {}

    /** A token of the customer whose Courier user id is {@code customer}. */
    public static String customer(UUID customer) {
        return DevTokens.customer(privateKey(), customer);
    }

    /** A token of a shop admin, who may read every order and user. */
    public static String shopAdmin() {
        return DevTokens.shopAdmin(privateKey(), "test-admin");
    }

    /** The claims of a valid customer token, to change before {@link #sign} (tokens the gateway must refuse). */
    public static JwtClaimsBuilder claims(UUID customer) {
        return DevTokens.claims(customer.toString(), Set.of(DevTokens.CUSTOMER), DevTokens.LIFETIME);
    }

    /** {@code claims} signed with the test server's development key. */
    public static String sign(JwtClaimsBuilder claims) {
        return claims.sign(privateKey());
    }

    /** A request to the test server as the customer {@code customer}. */
    public static RequestSpecification asCustomer(UUID customer) {
        return bearing(customer(customer));
    }

    /** A request to the test server as a shop admin. */
    public static RequestSpecification asShopAdmin() {
        return bearing(shopAdmin());
    }

    /** A request to the test server with {@code token}. */
    public static RequestSpecification bearing(String token) {
        return given().baseUri(TestServer.httpUrl()).auth().preemptive().oauth2(token);
    }

    private static PrivateKey privateKey() {
        return SigningKeys.privateKey(Credentials.configurationDirectory().resolve("courier-jwt"));
    }
}
