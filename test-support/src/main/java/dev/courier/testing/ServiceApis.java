package dev.courier.testing;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.util.Map;
import java.util.UUID;

/** Requests to the services' own APIs on the test server, as a user of its realm (HTTP Basic). */
public final class ServiceApis {

    private ServiceApis() {}

    /** As the operator, who may call every service's API. */
    public static RequestSpecification asOperator() {
        return as(Credentials.operator());
    }

    /**
     * A new customer of the shop, made as the operator: a user named {@code name} (with an email
     * address of its own) whose account holds {@code balance}. Returns their user id.
     */
    public static String newCustomer(String name, Number balance) {
        String id = asOperator()
                .contentType(ContentType.JSON)
                .body(Map.of("name", name, "email", "customer-" + UUID.randomUUID() + "@example.com"))
                .post("/order/api/users")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        asOperator()
                .contentType(ContentType.JSON)
                .body(Map.of("balance", balance))
                .put("/payment/api/accounts/{id}", id)
                .then()
                .statusCode(201);
        return id;
    }

    /** A new product of the catalog, made as the operator: {@code name} (made unique), price, stock. Returns its id. */
    public static String newProduct(String name, Number price, int stock) {
        return asOperator()
                .contentType(ContentType.JSON)
                .body(Map.of("name", name + " " + UUID.randomUUID(), "price", price, "stock", stock))
                .post("/inventory/api/products")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    /** As {@code credentials}, sent with the first request (no challenge round trip). */
    public static RequestSpecification as(Credentials credentials) {
        return given().baseUri(TestServer.httpUrl())
                .auth()
                .preemptive()
                .basic(credentials.user(), credentials.password());
    }
}
