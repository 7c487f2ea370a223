package dev.courier.inventory.products;

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
        var created = api().body(Map.of("name", productName, "price", 18.5, "stock", 4))
                .post("/products")
                .then()
                .statusCode(201)
                .extract();
        assertThat(created.header("Location")).isNotNull();
        assertThat(created.jsonPath().<Object>get("name")).isEqualTo(productName);
        assertThat(created.jsonPath().<Object>get("price")).isEqualTo(18.5f);
        assertThat(created.jsonPath().<Object>get("stock")).isEqualTo(4);
        String location = created.header("Location");

        var stored =
                ServiceApis.asOperator().get(location).then().statusCode(200).extract();
        assertThat(stored.jsonPath().<Object>get("name")).isEqualTo(productName);
        assertThat(stored.jsonPath().<Object>get("stock")).isEqualTo(4);
    }

    @Test
    void stockIsSetThenAdded() {
        String id = addProduct(4);

        var stockSet = api().body(Map.of("stock", 10))
                .put("/products/{id}/stock", id)
                .then()
                .statusCode(200)
                .extract();
        assertThat(stockSet.jsonPath().<Object>get("stock")).isEqualTo(10);
        var restocked = api().body(Map.of("quantity", 5))
                .post("/products/{id}/restock", id)
                .then()
                .statusCode(200)
                .extract();
        assertThat(restocked.jsonPath().<Object>get("stock")).isEqualTo(15);

        var product = api().get("/products/{id}", id).then().extract();
        assertThat(product.jsonPath().<Object>get("stock")).isEqualTo(15);
    }

    @Test
    void listIsPagedAndFiltersById() {
        String id = addProduct(1);

        var firstPage = api().queryParam("size", 1)
                .get("/products")
                .then()
                .statusCode(200)
                .extract();
        assertThat(firstPage.jsonPath().getList("items")).hasSize(1);
        assertThat(firstPage.jsonPath().<Object>get("size")).isEqualTo(1);
        assertThat(firstPage.jsonPath().<Object>get("totalItems")).isNotNull();
        var byId = api().queryParam("id", id)
                .queryParam("id", UUID.randomUUID().toString())
                .get("/products")
                .then()
                .statusCode(200)
                .extract();
        assertThat(byId.jsonPath().getList("items.id")).containsExactly(id);
    }

    @Test
    void unknownProductIs404Problem() {
        var answer = api().get("/products/{id}", UUID.randomUUID())
                .then()
                .statusCode(404)
                .contentType(PROBLEM)
                .extract();
        assertThat(answer.jsonPath().<Object>get("status")).isEqualTo(404);
        assertThat(answer.jsonPath().<Object>get("instance")).isNotNull();
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
        var answer = api().body(body)
                .post("/products")
                .then()
                .statusCode(400)
                .contentType(PROBLEM)
                .extract();
        assertThat(answer.jsonPath().<Object>get("status")).isEqualTo(400);
        assertThat(answer.jsonPath().getString("detail")).doesNotContain("Exception");
    }

    @Test
    void invalidFieldsAreNamed() {
        var invalid = api().body(Map.of("name", " ", "price", -1, "stock", -5))
                .post("/products")
                .then()
                .statusCode(400)
                .contentType(PROBLEM)
                .extract();
        assertThat(invalid.jsonPath().getList("errors.field")).contains("name");
        assertThat(invalid.jsonPath().getList("errors.field")).contains("price");
        assertThat(invalid.jsonPath().getList("errors.field")).contains("stock");
        var empty = api().body("{}").post("/products").then().statusCode(400).extract();
        assertThat(empty.jsonPath().getList("errors.field")).contains("price");
        api().body("").post("/products").then().statusCode(400).contentType(PROBLEM);
        var badPage = api().queryParam("page", "abc")
                .get("/products")
                .then()
                .statusCode(400)
                .extract();
        assertThat(badPage.jsonPath().getList("errors.field")).contains("page");
        var badSize = api().queryParam("size", 1000)
                .get("/products")
                .then()
                .statusCode(400)
                .extract();
        assertThat(badSize.jsonPath().getList("errors.field")).contains("size");
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
        var ready = given().baseUri(TestServer.managementUrl())
                .get("/health/ready")
                .then()
                .statusCode(200)
                .extract();
        assertThat(ready.jsonPath().<Object>get("checks.find { it.name == 'inventory-database' }.status"))
                .isEqualTo("UP");
        assertThat(ready.jsonPath().<Object>get("checks.find { it.name == 'inventory-broker' }.status"))
                .isEqualTo("UP");
        var started = given().baseUri(TestServer.managementUrl())
                .get("/health/started")
                .then()
                .statusCode(200)
                .extract();
        assertThat(started.jsonPath().<Object>get("checks.find { it.name == 'inventory-started' }.status"))
                .isEqualTo("UP");
    }
}
