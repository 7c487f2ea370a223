package dev.courier.gateway;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import dev.courier.gateway.stubs.InventoryServiceStub;
import dev.courier.gateway.stubs.OrderServiceStub;
import dev.courier.testing.TestServer;
import dev.courier.testing.Tokens;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The gateway's rate limits, at their default quotas (600 requests and 60 placements a minute per
 * client): a client over its quota gets 429 problems with Retry-After while another client is
 * served, and every answer tells a client where it stands. Each test class deploys a fresh gateway,
 * so the buckets start full.
 */
@ExtendWith(ArquillianExtension.class)
class RateLimitIT extends StubbedServices {

    private static final int REQUESTS = 600;
    private static final int PLACEMENTS = 60;

    /**
     * Sends {@code request} until the first 429 (at most twice the quota: the bucket refills evenly,
     * a tenth of a second per request, while the test sends far faster) and returns it with the
     * number of requests answered before it.
     */
    private static Refusal untilRefused(Supplier<Response> request, int quota) {
        for (int sent = 0; sent < 2 * quota; sent++) {
            ExtractableResponse<Response> answer = request.get().then().extract();
            if (answer.statusCode() == 429) {
                return new Refusal(sent, answer);
            }
            assertThat(answer.statusCode()).as("answer %d", sent).isLessThan(400);
        }
        throw new AssertionError("no 429 after " + 2 * quota + " requests");
    }

    private record Refusal(int servedBefore, ExtractableResponse<Response> answer) {}

    private static void assertRefusal(Refusal refusal, int quota, String policy) {
        assertThat(refusal.servedBefore()).isGreaterThanOrEqualTo(quota);
        var answer = refusal.answer();
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.jsonPath().<Object>get("status")).isEqualTo(429);
        assertThat(answer.jsonPath().getString("detail")).contains(policy);
        assertThat(Integer.parseInt(answer.header("Retry-After"))).isBetween(1, 60);
        assertThat(answer.header("RateLimit-Policy")).isEqualTo("\"" + policy + "\";q=" + quota + ";w=60");
        assertThat(answer.header("RateLimit")).startsWith("\"" + policy + "\";r=0;t=");
    }

    /** A request to the API as {@code customer}, with a token minted once per customer. */
    private static RequestSpecification as(UUID customer) {
        return Tokens.bearing(TOKENS.computeIfAbsent(customer, Tokens::customer))
                .basePath("/api");
    }

    private static final Map<UUID, String> TOKENS = new ConcurrentHashMap<>();

    @Test
    void aCustomerOverTheQuotaIsRefusedWhileAnotherIsServed() {
        UUID greedy = UUID.randomUUID();
        UUID patient = UUID.randomUUID();

        var first = as(greedy).get("/products").then().statusCode(200).extract();
        assertThat(first.header("RateLimit-Policy")).isEqualTo("\"requests\";q=600;w=60");
        assertThat(first.header("RateLimit")).startsWith("\"requests\";r=599;t=");

        assertRefusal(untilRefused(() -> as(greedy).get("/products"), REQUESTS), REQUESTS, "requests");
        // the quota is the client's, not the server's
        as(patient).get("/products").then().statusCode(200);
        as(patient)
                .get("/orders/{id}", OrderServiceStub.ORDER)
                .then()
                .statusCode(404); // the stub order is not this customer's: served, and answered as not there
    }

    @Test
    void placingAnOrderHasATighterQuotaOfItsOwn() {
        UUID customer = UUID.fromString(OrderServiceStub.USER);
        Supplier<Response> place = () -> as(customer)
                .contentType("application/json")
                .body(Map.of("products", List.of(Map.of("productId", InventoryServiceStub.BEANS, "quantity", 1))))
                .post("/orders");

        assertRefusal(untilRefused(place, PLACEMENTS), PLACEMENTS, "placements");
        // reading is still within the customer's quota of requests
        as(customer).get("/orders/{id}", OrderServiceStub.ORDER).then().statusCode(200);
    }

    @Test
    void anAnonymousClientIsCountedByItsAddress() {
        Supplier<Response> browse = () -> given().baseUri(TestServer.httpUrl()).get("/api/products");

        assertRefusal(untilRefused(browse, REQUESTS), REQUESTS, "requests");
        // a signed-in customer from the same address has a quota of their own
        as(UUID.randomUUID()).get("/products").then().statusCode(200);
    }
}
