package dev.courier.fault;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.courier.testing.ServiceApis;
import dev.courier.testing.TestServer;
import dev.courier.testing.Tokens;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Courier signed in through a real identity provider: Keycloak (from Maven Central) with the test
 * realm as code, and a Courier server pointed at it by the settings docs/security.md gives
 * (MP_JWT_VERIFY_PUBLICKEY_LOCATION: the realm's key set, MP_JWT_VERIFY_ISSUER: the realm,
 * COURIER_GATEWAY_CUSTOMER_CLAIM: preferred_username, which is the customer's Courier id). A
 * customer gets a token from Keycloak's token endpoint and uses it at the gateway.
 */
class KeycloakSignInIT {

    private static Keycloak keycloak;
    private static CourierServer server;

    @BeforeAll
    static void startKeycloakAndCourier() {
        Path javaHome = Keycloak.javaHome().orElse(null);
        Assumptions.assumeTrue(
                javaHome != null,
                "Keycloak needs a JDK 21 or newer: none found (set KEYCLOAK_JAVA_HOME); KeycloakSignInIT not run");
        keycloak = new Keycloak().start(javaHome);
        server = new CourierServer("keycloak")
                .withEnvironment(Map.of(
                        "MP_JWT_VERIFY_PUBLICKEY_LOCATION", keycloak.keySetUrl(),
                        "MP_JWT_VERIFY_ISSUER", keycloak.realmUrl(),
                        "COURIER_GATEWAY_CUSTOMER_CLAIM", "preferred_username"))
                .start();
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
        if (keycloak != null) {
            keycloak.close();
        }
    }

    private static RequestSpecification bearing(String token) {
        return Tokens.bearing(token).contentType(ContentType.JSON);
    }

    /** A customer of Courier (with a funded account) and of the realm; returns their Courier id. */
    private static String customer(String email, String password, List<String> roles) {
        String id = ServiceApis.newCustomer("Keycloak customer", 500);
        keycloak.addUser(id, email, password, roles);
        return id;
    }

    @Test
    void aCustomerSignedInAtKeycloakPlacesAndReadsTheirOrder() {
        String product = ServiceApis.newProduct("Keycloak kettle", 30, 10);
        String adaEmail = "ada-" + UUID.randomUUID() + "@example.com";
        String ada = customer(adaEmail, "ada's password", List.of("customer"));
        String alan = customer("alan-" + UUID.randomUUID() + "@example.com", "alan's password", List.of("customer"));
        String adminEmail = "admin-" + UUID.randomUUID() + "@example.com";
        customer(adminEmail, "admin's password", List.of("shop-admin"));

        // Ada signs in with her email and password at Keycloak's token endpoint
        String token = keycloak.signIn(adaEmail, "ada's password");
        // what the realm as code puts in it: her Courier id, her role as groups, Courier as audience
        JsonNode claims =
                Shop.read(new String(Base64.getUrlDecoder().decode(token.split("\\.")[1]), StandardCharsets.UTF_8));
        assertThat(claims.path("preferred_username").asText())
                .as(claims.toString())
                .isEqualTo(ada);
        assertThat(claims.path("groups").toString()).as(claims.toString()).contains("\"customer\"");
        assertThat(claims.path("aud").toString()).as(claims.toString()).contains("\"courier\"");

        String order = bearing(token)
                .body(Map.of("products", List.of(Map.of("productId", product, "quantity", 1))))
                .post(TestServer.httpUrl() + "/api/orders")
                .then()
                .log()
                .ifValidationFails()
                .statusCode(201)
                .extract()
                .path("id");
        var read = bearing(token)
                .get(TestServer.httpUrl() + "/api/orders/{id}", order)
                .then()
                .statusCode(200)
                .extract();
        assertThat(read.jsonPath().<Object>get("userId")).isEqualTo(ada);
        assertThat(bearing(token)
                        .get(TestServer.httpUrl() + "/api/orders")
                        .then()
                        .statusCode(200)
                        .extract()
                        .jsonPath()
                        .getList("items.id"))
                .containsExactly(order);

        // another customer of the realm does not see it; the realm's shop admin does
        String alansToken = keycloak.signIn(alan, "alan's password");
        bearing(alansToken)
                .get(TestServer.httpUrl() + "/api/orders/{id}", order)
                .then()
                .statusCode(404);
        bearing(keycloak.signIn(adminEmail, "admin's password"))
                .get(TestServer.httpUrl() + "/api/orders/{id}", order)
                .then()
                .statusCode(200);

        // pointed at Keycloak, the gateway no longer trusts the development key (whose tokens name no key
        // of the realm's key set), nor anonymous callers
        var devToken = bearing(Tokens.customer(UUID.fromString(ada)))
                .get(TestServer.httpUrl() + "/api/orders/{id}", order)
                .then()
                .log()
                .ifValidationFails()
                .statusCode(401)
                .contentType("application/problem+json")
                .extract();
        assertThat(devToken.header("WWW-Authenticate")).isEqualTo("Bearer realm=\"Courier\", error=\"invalid_token\"");
        given().get(TestServer.httpUrl() + "/api/orders/{id}", order).then().statusCode(401);
    }
}
