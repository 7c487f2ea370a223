package dev.courier.system;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import dev.courier.testing.AllServices;
import dev.courier.testing.Credentials;
import dev.courier.testing.ServiceApis;
import dev.courier.testing.TestServer;
import io.restassured.http.ContentType;
import java.util.Map;
import java.util.UUID;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Only the gateway is public: the order, payment and inventory APIs let in a caller with the
 * credentials of a user holding their role, refuse one without credentials (401, with a Basic
 * challenge) and one whose user lacks the role (403), each refusal a problem document.
 */
@ExtendWith(ArquillianExtension.class)
class ServiceDoorsIT extends AllServices {

    private static final String PROBLEM = "application/problem+json";

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/order/api/orders",
                "/order/api/users/00000000-0000-4000-8000-000000000000",
                "/payment/api/payments",
                "/inventory/api/products",
                "/inventory/api/nothing-here"
            })
    void withoutCredentialsAServiceApiIsRefused(String path) {
        var answer = given().baseUri(TestServer.httpUrl())
                .get(path)
                .then()
                .statusCode(401)
                .contentType(PROBLEM)
                .extract();
        assertThat(answer.header("WWW-Authenticate")).startsWith("Basic realm=\"Courier\"");
        assertThat(answer.jsonPath().<Object>get("status")).isEqualTo(401);
        assertThat(answer.jsonPath().<Object>get("title")).isEqualTo("Unauthorized");
    }

    @Test
    void aWrongPasswordIsRefused() {
        ServiceApis.as(new Credentials("order-service", "not-the-password"))
                .get("/inventory/api/products")
                .then()
                .statusCode(401)
                .contentType(PROBLEM);
    }

    @Test
    void aServiceMayCallOnlyTheApisItNeeds() {
        Credentials gateway = Credentials.of("gateway");
        Credentials orderService = Credentials.of("order-service");
        ServiceApis.as(gateway).get("/order/api/orders").then().statusCode(200);
        ServiceApis.as(gateway).get("/inventory/api/products").then().statusCode(200);
        var answer = ServiceApis.as(gateway)
                .get("/payment/api/payments")
                .then()
                .statusCode(403)
                .contentType(PROBLEM)
                .extract();
        assertThat(answer.jsonPath().<Object>get("status")).isEqualTo(403);
        assertThat(answer.jsonPath().<Object>get("title")).isEqualTo("Forbidden");
        ServiceApis.as(orderService).get("/inventory/api/products").then().statusCode(200);
        ServiceApis.as(orderService)
                .get("/order/api/orders")
                .then()
                .statusCode(403)
                .contentType(PROBLEM);
        ServiceApis.as(orderService)
                .get("/payment/api/payments")
                .then()
                .statusCode(403)
                .contentType(PROBLEM);
    }

    @Test
    void aRefusedWriteChangesNothing() {
        String email = "door-" + UUID.randomUUID() + "@example.com";
        ServiceApis.as(Credentials.of("order-service"))
                .contentType(ContentType.JSON)
                .body(Map.of("name", "Mallory", "email", email))
                .post("/order/api/users")
                .then()
                .statusCode(403);
        given().baseUri(TestServer.httpUrl())
                .contentType(ContentType.JSON)
                .body(Map.of("name", "Mallory", "email", email))
                .post("/order/api/users")
                .then()
                .statusCode(401);
        // the e-mail is still free: nothing was stored
        http().body(Map.of("name", "Mallory", "email", email))
                .post("/order/api/users")
                .then()
                .statusCode(201);
    }

    @Test
    void theGatewayIsPublicAndCallsTheServicesWithItsOwnCredentials() {
        String product = http().body(Map.of("name", "Door " + UUID.randomUUID(), "price", 2, "stock", 5))
                .post("/inventory/api/products")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        // no credentials: the gateway fetches the product from the inventory service as itself
        var answer = given().baseUri(TestServer.httpUrl())
                .get("/api/products/{id}", product)
                .then()
                .statusCode(200)
                .extract();
        assertThat(answer.jsonPath().<Object>get("id")).isEqualTo(product);
    }
}
