package dev.courier.system;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.restassured.OpenApiValidationFilter;
import dev.courier.testing.AllServices;
import dev.courier.testing.Credentials;
import dev.courier.testing.ServiceApis;
import dev.courier.testing.TestServer;
import dev.courier.testing.Tokens;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.math.BigDecimal;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every route's real answers, good and bad, match the OpenAPI document its service publishes: the
 * gateway's at {@code /api/openapi}, each service's at {@code /<service>/openapi}. Each answer passes
 * through a validation filter built from the published document (the status must be documented,
 * the body must match its schema and media type); a mismatch fails the request. Requests are not
 * checked against the document: several are wrong on purpose.
 */
@ExtendWith(ArquillianExtension.class)
class ApiContractIT extends AllServices {

    private static final UUID NOBODY = UUID.fromString("00000000-0000-4000-8000-000000000000");

    /** A request whose answer must match the document at {@code documentPath}, as {@code credentials}. */
    private static RequestSpecification checkedBy(String documentPath, Credentials credentials) {
        RequestSpecification request =
                credentials == null ? given().baseUri(TestServer.httpUrl()) : ServiceApis.as(credentials);
        return request.filter(contract(documentPath)).contentType(ContentType.JSON);
    }

    private static OpenApiValidationFilter contract(String documentPath) {
        String document = given().baseUri(TestServer.httpUrl())
                .queryParam("format", "JSON")
                .get(documentPath)
                .then()
                .statusCode(200)
                .extract()
                .asString();
        return new OpenApiValidationFilter(OpenApiInteractionValidator.createForInlineApiSpecification(document)
                .withLevelResolver(LevelResolver.create()
                        .withLevel("validation.request", ValidationReport.Level.IGNORE)
                        .build())
                .build());
    }

    private static RequestSpecification order() {
        return checkedBy("/order/openapi", Credentials.operator());
    }

    private static RequestSpecification payment() {
        return checkedBy("/payment/openapi", Credentials.operator());
    }

    private static RequestSpecification inventory() {
        return checkedBy("/inventory/openapi", Credentials.operator());
    }

    /** The public API without a token: the catalog, and the refusals of everything else. */
    private static RequestSpecification gateway() {
        return checkedBy("/api/openapi", null);
    }

    /** The public API as the customer {@code user}, signed in. */
    private static RequestSpecification gatewayAs(String user) {
        return gateway().auth().oauth2(Tokens.customer(UUID.fromString(user)));
    }

    private static String newUser() {
        return order().body(Map.of("name", "Contract", "email", "contract-" + UUID.randomUUID() + "@example.com"))
                .post("/order/api/users")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    private static String newProduct(int stock) {
        return inventory()
                .body(Map.of("name", "Contract " + UUID.randomUUID(), "price", new BigDecimal("4.20"), "stock", stock))
                .post("/inventory/api/products")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    private static Map<String, Object> orderOf(String user, String product) {
        return Map.of("userId", user, "products", List.of(Map.of("productId", product, "quantity", 2)));
    }

    @Test
    void theOrderServiceAnswersAsItsDocumentSays() {
        String user = newUser();
        order().get("/order/api/users/{id}", user).then().statusCode(200);
        order().get("/order/api/users/{id}", NOBODY).then().statusCode(404);
        order().body(Map.of("name", "", "email", "x"))
                .post("/order/api/users")
                .then()
                .statusCode(400);

        String product = newProduct(10);
        String placed = order().header("Idempotency-Key", UUID.randomUUID().toString())
                .body(orderOf(user, product))
                .post("/order/api/orders")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        order().get("/order/api/orders/{id}", placed).then().statusCode(200);
        order().get("/order/api/orders/{id}", NOBODY).then().statusCode(404);
        order().queryParam("userId", user).get("/order/api/orders").then().statusCode(200);
        order().queryParam("status", "LOST").get("/order/api/orders").then().statusCode(400);
        order().body(Map.of("userId", user)).post("/order/api/orders").then().statusCode(400);
        order().body(orderOf(NOBODY.toString(), product))
                .post("/order/api/orders")
                .then()
                .statusCode(422);
        order().body(orderOf(user, NOBODY.toString()))
                .post("/order/api/orders")
                .then()
                .statusCode(422);
    }

    @Test
    void refusedCallersGetTheDocumentedProblems() {
        checkedBy("/order/openapi", null).get("/order/api/orders").then().statusCode(401);
        checkedBy("/payment/openapi", new Credentials("order-service", "not-the-password"))
                .get("/payment/api/payments")
                .then()
                .statusCode(401);
        checkedBy("/payment/openapi", Credentials.of("gateway"))
                .get("/payment/api/payments")
                .then()
                .statusCode(403);
    }

    @Test
    void thePaymentServiceAnswersAsItsDocumentSays() {
        String user = UUID.randomUUID().toString();
        payment()
                .body(Map.of("balance", new BigDecimal("100.00")))
                .put("/payment/api/accounts/{id}", user)
                .then()
                .statusCode(201);
        payment()
                .body(Map.of("balance", new BigDecimal("80.00")))
                .put("/payment/api/accounts/{id}", user)
                .then()
                .statusCode(200);
        payment()
                .body(Map.of("balance", new BigDecimal("-1")))
                .put("/payment/api/accounts/{id}", user)
                .then()
                .statusCode(400);
        payment().get("/payment/api/accounts/{id}", user).then().statusCode(200);
        payment().get("/payment/api/accounts/{id}", NOBODY).then().statusCode(404);
        payment().queryParam("userId", user).get("/payment/api/payments").then().statusCode(200);
        payment().get("/payment/api/payments").then().statusCode(400);
    }

    @Test
    void theInventoryServiceAnswersAsItsDocumentSays() {
        String product = newProduct(5);
        inventory()
                .body(Map.of("name", "no price"))
                .post("/inventory/api/products")
                .then()
                .statusCode(400);
        inventory().get("/inventory/api/products").then().statusCode(200);
        inventory()
                .queryParam("id", product)
                .get("/inventory/api/products")
                .then()
                .statusCode(200);
        inventory().queryParam("size", 0).get("/inventory/api/products").then().statusCode(400);
        inventory().get("/inventory/api/products/{id}", product).then().statusCode(200);
        inventory().get("/inventory/api/products/{id}", NOBODY).then().statusCode(404);
        inventory()
                .body(Map.of("stock", 7))
                .put("/inventory/api/products/{id}/stock", product)
                .then()
                .statusCode(200);
        inventory()
                .body(Map.of("stock", -1))
                .put("/inventory/api/products/{id}/stock", product)
                .then()
                .statusCode(400);
        inventory()
                .body(Map.of("stock", 7))
                .put("/inventory/api/products/{id}/stock", NOBODY)
                .then()
                .statusCode(404);
        inventory()
                .body(Map.of("quantity", 3))
                .post("/inventory/api/products/{id}/restock", product)
                .then()
                .statusCode(200);
        inventory()
                .body(Map.of("quantity", 1))
                .post("/inventory/api/products/{id}/restock", NOBODY)
                .then()
                .statusCode(404);
        inventory()
                .body(Map.of("stock", 1_000_000_000)) // the most a product can have
                .put("/inventory/api/products/{id}/stock", product)
                .then()
                .statusCode(200);
        inventory()
                .body(Map.of("quantity", 1))
                .post("/inventory/api/products/{id}/restock", product)
                .then()
                .statusCode(409);
    }

    @Test
    void theGatewayAnswersAsThePublicDocumentSays() {
        String user = newUser();
        String product = newProduct(10);
        String placed = gatewayAs(user)
                .body(orderOf(user, product))
                .post("/api/orders")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        gatewayAs(user)
                .body(Map.of(
                        "userId",
                        user,
                        "products",
                        List.of(Map.of("productId", product, "quantity", 2)),
                        "total",
                        8.40))
                .post("/api/orders")
                .then()
                .statusCode(201);
        gatewayAs(user)
                .body(Map.of(
                        "userId", user, "products", List.of(Map.of("productId", product, "quantity", 2)), "total", 8))
                .post("/api/orders")
                .then()
                .statusCode(422);
        gatewayAs(user).body("{\"userId\": ").post("/api/orders").then().statusCode(400);
        gatewayAs(user)
                .body(orderOf(user, NOBODY.toString()))
                .post("/api/orders")
                .then()
                .statusCode(422);
        gatewayAs(user).get("/api/orders/{id}", placed).then().statusCode(200);
        gatewayAs(user).get("/api/orders/{id}", NOBODY).then().statusCode(404);
        gatewayAs(user).get("/api/orders/{id}/details", placed).then().statusCode(200);
        gatewayAs(user).get("/api/orders/{id}/details", NOBODY).then().statusCode(404);
        gateway().get("/api/products").then().statusCode(200);
        gateway().queryParam("size", 1000).get("/api/products").then().statusCode(400);
        gateway().get("/api/products/{id}", product).then().statusCode(200);
        gateway().get("/api/products/{id}", NOBODY).then().statusCode(404);
        gatewayAs(user).get("/api/users/{id}", user).then().statusCode(200);
        gatewayAs(user).get("/api/users/{id}", NOBODY).then().statusCode(404);
        gatewayAs(user).queryParam("size", 1).get("/api/orders").then().statusCode(200);
        gatewayAs(user).queryParam("size", 0).get("/api/orders").then().statusCode(400);
        gatewayAs(user).queryParam("userId", NOBODY).get("/api/orders").then().statusCode(403);
        gatewayAs(user)
                .body(orderOf(NOBODY.toString(), product))
                .post("/api/orders")
                .then()
                .statusCode(403);
        gateway().get("/api/orders").then().statusCode(401);
        gateway().body(orderOf(user, product)).post("/api/orders").then().statusCode(401);
        gateway().get("/api/orders/{id}", placed).then().statusCode(401);
        gateway().get("/api/orders/{id}/details", placed).then().statusCode(401);
        gateway().get("/api/users/{id}", user).then().statusCode(401);
    }

    @Test
    void thePublicApiIsBrowsable() {
        String page = given().baseUri(TestServer.httpUrl())
                .get("/api-docs/")
                .then()
                .statusCode(200)
                .contentType(ContentType.HTML)
                .extract()
                .asString();
        Matcher referenced = Pattern.compile("(?:src|href)=\"([^\"]+)\"").matcher(page);
        List<String> files = referenced.results().map(found -> found.group(1)).toList();
        assertThat(files).hasSize(4).anyMatch(file -> file.endsWith("/swagger-ui-bundle.js"));
        for (String file : files) { // the page's styles and scripts, Swagger UI's from its WebJar
            given().baseUri(TestServer.httpUrl())
                    .get(URI.create("/api-docs/").resolve(file).toString())
                    .then()
                    .statusCode(200);
        }
        String initializer = given().baseUri(TestServer.httpUrl())
                .get("/api-docs/initializer.js")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertThat(initializer).contains("../api/openapi");
    }
}
