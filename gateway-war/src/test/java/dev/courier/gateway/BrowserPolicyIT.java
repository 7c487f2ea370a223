package dev.courier.gateway;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import dev.courier.gateway.stubs.OrderServiceStub;
import dev.courier.testing.TestServer;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What a browser gets from the gateway: security headers on every answer, and CORS for the one
 * origin the test server allows ({@code https://shop.example}, arquillian.xml), nothing for others.
 */
@ExtendWith(ArquillianExtension.class)
class BrowserPolicyIT extends StubbedServices {

    private static final String ALLOWED = "https://shop.example";

    @Test
    void everyAnswerCarriesTheSecurityHeadersAndAnApiAnswerIsNotStored() {
        ExtractableResponse<Response> order = details().then().statusCode(200).extract();
        ExtractableResponse<Response> problem = gatewayApi()
                .get("/orders/{id}", "not-an-id")
                .then()
                .statusCode(404)
                .extract();
        ExtractableResponse<Response> page = given().get(TestServer.httpUrl() + "/api-docs/")
                .then()
                .statusCode(200)
                .extract();

        for (ExtractableResponse<Response> answer : List.of(order, problem, page)) {
            assertThat(answer.header("X-Content-Type-Options")).isEqualTo("nosniff");
            assertThat(answer.header("X-Frame-Options")).isEqualTo("DENY");
            assertThat(answer.header("Content-Security-Policy")).isEqualTo("frame-ancestors 'none'");
            assertThat(answer.header("Referrer-Policy")).isEqualTo("no-referrer");
            assertThat(answer.header("Access-Control-Allow-Origin")).isNull();
        }
        assertThat(order.header("Cache-Control")).isEqualTo("no-store");
        assertThat(problem.header("Cache-Control")).isEqualTo("no-store");
    }

    @Test
    void anAllowedOriginMayCallAndReadWhereAnOrderIs() {
        var answer = details().then().statusCode(200).extract();
        var fromShop = gatewayApi()
                .header("Origin", ALLOWED)
                .get("/orders/{id}/details", OrderServiceStub.ORDER)
                .then()
                .statusCode(200)
                .extract();

        assertThat(fromShop.header("Access-Control-Allow-Origin")).isEqualTo(ALLOWED);
        assertThat(fromShop.headers().getValues("Vary")).contains("Origin");
        assertThat(fromShop.header("Access-Control-Expose-Headers")).contains("Location", "Retry-After");
        assertThat(fromShop.body().asString()).isEqualTo(answer.body().asString());
    }

    @Test
    void aPreflightOfAnAllowedOriginIsAnsweredWithWhatItMaySend() {
        var preflight = gatewayApi()
                .header("Origin", ALLOWED)
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "content-type, idempotency-key")
                .options("/orders")
                .then()
                .statusCode(204)
                .extract();

        assertThat(preflight.header("Access-Control-Allow-Origin")).isEqualTo(ALLOWED);
        assertThat(preflight.header("Access-Control-Allow-Methods")).contains("POST");
        assertThat(preflight.header("Access-Control-Allow-Headers")).contains("Content-Type", "Idempotency-Key");
        assertThat(preflight.header("Access-Control-Max-Age")).isEqualTo("600");
    }

    @Test
    void anotherOriginGetsNoCorsHeadersSoTheBrowserRefuses() {
        String evil = "https://evil.example";
        var call = gatewayApi()
                .header("Origin", evil)
                .get("/orders/{id}/details", OrderServiceStub.ORDER)
                .then()
                .extract();
        var preflight = gatewayApi()
                .header("Origin", evil)
                .header("Access-Control-Request-Method", "POST")
                .options("/orders")
                .then()
                .extract();
        var placing = gatewayApi()
                .header("Origin", evil)
                .contentType("application/json")
                .body(Map.of("userId", UUID.randomUUID().toString(), "products", List.of()))
                .post("/orders")
                .then()
                .extract();

        for (var answer : List.of(call, preflight, placing)) {
            assertThat(answer.header("Access-Control-Allow-Origin")).isNull();
            assertThat(answer.header("Access-Control-Allow-Methods")).isNull();
            assertThat(answer.header("X-Content-Type-Options")).isEqualTo("nosniff");
        }
        assertThat(preflight.statusCode()).isNotEqualTo(204);
    }
}
