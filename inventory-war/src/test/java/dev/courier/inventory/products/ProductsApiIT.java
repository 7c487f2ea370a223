package dev.courier.inventory.products;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The inventory's HTTP API from the outside: what it answers, and what it refuses. */
@ExtendWith(ArquillianExtension.class)
class ProductsApiIT {

    private static final String PROBLEM = "application/problem+json";

    @Deployment(testable = false)
    static WebArchive inventory() {
        return Deployments.builtWar("inventory");
    }

    private String productName;

    @BeforeEach
    void uniqueName() {
        productName = "Teapot " + UUID.randomUUID();
    }

    private static RequestSpecification api() {
        return ServiceApis.asOperator().basePath("/inventory/api").contentType(ContentType.JSON);
    }

    private String addProduct(int stock) {
        return api().body(Map.of("name", productName, "price", 18.5, "stock", stock))
                .post("/products")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    @Test
    void addedProductIsFoundAtItsLocation() {
        String location = api().body(Map.of("name", productName, "price", 18.5, "stock", 4))
                .post("/products")
                .then()
                .statusCode(201)
                .header("Location", notNullValue())
                .body("name", equalTo(productName))
                .body("price", equalTo(18.5f))
                .body("stock", equalTo(4))
                .extract()
                .header("Location");

        ServiceApis.asOperator()
                .get(location)
                .then()
                .statusCode(200)
                .body("name", equalTo(productName))
                .body("stock", equalTo(4));
    }

    @Test
    void stockIsSetThenAdded() {
        String id = addProduct(4);

        api().body(Map.of("stock", 10))
                .put("/products/{id}/stock", id)
                .then()
                .statusCode(200)
                .body("stock", equalTo(10));
        api().body(Map.of("quantity", 5))
                .post("/products/{id}/restock", id)
                .then()
                .statusCode(200)
                .body("stock", equalTo(15));

        api().get("/products/{id}", id).then().body("stock", equalTo(15));
    }

    @Test
    void listIsPagedAndFiltersById() {
        String id = addProduct(1);

        api().queryParam("size", 1)
                .get("/products")
                .then()
                .statusCode(200)
                .body("items", hasSize(1))
                .body("size", equalTo(1))
                .body("totalItems", notNullValue());
        api().queryParam("id", id)
                .queryParam("id", UUID.randomUUID().toString())
                .get("/products")
                .then()
                .statusCode(200)
                .body("items.id", equalTo(java.util.List.of(id)));
    }

    @Test
    void unknownProductIs404Problem() {
        api().get("/products/{id}", UUID.randomUUID())
                .then()
                .statusCode(404)
                .contentType(PROBLEM)
                .body("status", equalTo(404))
                .body("instance", notNullValue());
        api().get("/products/not-a-uuid").then().statusCode(404).contentType(PROBLEM);
        api().body(Map.of("stock", 1))
                .put("/products/{id}/stock", UUID.randomUUID())
                .then()
                .statusCode(404)
                .contentType(PROBLEM);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "{\"name\": \"x\", \"price\": 1.0, \"stock\": 1", // truncated
                "not json at all",
                "{\"name\": \"x\", \"price\": \"cheap\", \"stock\": 1}", // wrong type
                "{\"name\": \"x\", \"price\": 1.0, \"stock\": 99999999999999999999999}", // beyond 64 bits
                "{\"name\": \"x\", \"price\": 1.0, \"stock\": 1, \"color\": \"red\"}", // unknown field
                "[1, 2, 3]"
            })
    void unreadableBodyIs400Problem(String body) {
        api().body(body)
                .post("/products")
                .then()
                .statusCode(400)
                .contentType(PROBLEM)
                .body("status", equalTo(400))
                .body("detail", not(containsString("Exception")));
    }

    @Test
    void invalidFieldsAreNamed() {
        api().body(Map.of("name", " ", "price", -1, "stock", -5))
                .post("/products")
                .then()
                .statusCode(400)
                .contentType(PROBLEM)
                .body("errors.field", hasItem("name"))
                .body("errors.field", hasItem("price"))
                .body("errors.field", hasItem("stock"));
        api().body("{}").post("/products").then().statusCode(400).body("errors.field", hasItem("price"));
        api().body("").post("/products").then().statusCode(400).contentType(PROBLEM);
        api().queryParam("page", "abc").get("/products").then().statusCode(400).body("errors.field", hasItem("page"));
        api().queryParam("size", 1000).get("/products").then().statusCode(400).body("errors.field", hasItem("size"));
    }

    @Test
    void impossibleRequestsAre409() {
        addProduct(1);
        api().body(Map.of("name", productName, "price", 3, "stock", 1))
                .post("/products")
                .then()
                .statusCode(409)
                .contentType(PROBLEM);
    }

    @Test
    void wrongMediaTypeMethodAndSizeAreRefused() {
        ServiceApis.asOperator()
                .contentType(ContentType.TEXT)
                .body("name=x")
                .post("/inventory/api/products")
                .then()
                .statusCode(415)
                .contentType(PROBLEM);
        api().delete("/products/{id}", UUID.randomUUID()).then().statusCode(405).contentType(PROBLEM);
        api().body("{\"name\": \"" + "x".repeat(100_000) + "\"}")
                .post("/products")
                .then()
                .statusCode(413)
                .contentType(PROBLEM);
    }

    @Test
    void readinessNamesTheInventoryDependencies() {
        given().baseUri(TestServer.managementUrl())
                .get("/health/ready")
                .then()
                .statusCode(200)
                .body("checks.find { it.name == 'inventory-database' }.status", equalTo("UP"))
                .body("checks.find { it.name == 'inventory-broker' }.status", equalTo("UP"));
        given().baseUri(TestServer.managementUrl())
                .get("/health/started")
                .then()
                .statusCode(200)
                .body("checks.find { it.name == 'inventory-started' }.status", equalTo("UP"));
    }
}
