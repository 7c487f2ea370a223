package dev.courier.payment.accounts;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import dev.courier.testing.Deployments;
import dev.courier.testing.ServiceApis;
import dev.courier.testing.TestServer;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.util.Map;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The payment service's HTTP API from the outside. */
@ExtendWith(ArquillianExtension.class)
class PaymentApiIT {

    private static final String PROBLEM = "application/problem+json";

    @Deployment(testable = false)
    static WebArchive payment() {
        return Deployments.builtWar("payment");
    }

    private static RequestSpecification api() {
        return ServiceApis.asOperator().basePath("/payment/api").contentType(ContentType.JSON);
    }

    @Test
    void accountIsOpenedThenItsBalanceSet() {
        String userId = UUID.randomUUID().toString();

        var opened = api().body(Map.of("balance", 100))
                .put("/accounts/{userId}", userId)
                .then()
                .statusCode(201)
                .extract();
        assertThat(opened.header("Location")).isNotNull();
        assertThat(opened.jsonPath().<Object>get("userId")).isEqualTo(userId);
        assertThat(opened.jsonPath().<Object>get("balance")).isEqualTo(100.0f);
        var updated = api().body(Map.of("balance", 42.5))
                .put("/accounts/{userId}", userId)
                .then()
                .statusCode(200)
                .extract();
        assertThat(updated.jsonPath().<Object>get("balance")).isEqualTo(42.5f);

        var account =
                api().get("/accounts/{userId}", userId).then().statusCode(200).extract();
        assertThat(account.jsonPath().<Object>get("balance")).isEqualTo(42.5f);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "{\"balance\": -1}",
                "{\"balance\": 1.234}",
                "{\"balance\": \"lots\"}",
                "{}",
                "{\"balance\": 1e400}",
                "{\"balance\": 10, \"currency\": \"EUR\"}",
                "{\"balance\": 10000000000}"
            })
    void invalidBalanceIs400AndChangesNothing(String body) {
        String userId = UUID.randomUUID().toString();

        api().body(body)
                .put("/accounts/{userId}", userId)
                .then()
                .statusCode(400)
                .contentType(PROBLEM);

        api().get("/accounts/{userId}", userId).then().statusCode(404).contentType(PROBLEM);
    }

    @Test
    void paymentsAreListedPerOrderOrUser() {
        var byOrder = api().queryParam("orderId", UUID.randomUUID().toString())
                .get("/payments")
                .then()
                .statusCode(200)
                .extract();
        assertThat(byOrder.jsonPath().<Object>get("totalItems")).isEqualTo(0);
        var byUser = api().queryParam("userId", UUID.randomUUID().toString())
                .get("/payments")
                .then()
                .statusCode(200)
                .extract();
        assertThat(byUser.jsonPath().<Object>get("totalItems")).isEqualTo(0);
        api().get("/payments").then().statusCode(400).contentType(PROBLEM);
        var badSize = api().queryParam("orderId", UUID.randomUUID().toString())
                .queryParam("size", 0)
                .get("/payments")
                .then()
                .statusCode(400)
                .extract();
        assertThat(badSize.jsonPath().getList("errors.field")).contains("size");
    }

    @Test
    void readinessNamesThePaymentDependencies() {
        var answer = given().baseUri(TestServer.managementUrl())
                .get("/health/ready")
                .then()
                .statusCode(200)
                .extract();
        assertThat(answer.jsonPath().<Object>get("checks.find { it.name == 'payment-database' }.status"))
                .isEqualTo("UP");
        assertThat(answer.jsonPath().<Object>get("checks.find { it.name == 'payment-broker' }.status"))
                .isEqualTo("UP");
    }
}
