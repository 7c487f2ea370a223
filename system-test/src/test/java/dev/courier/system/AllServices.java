package dev.courier.system;

import static io.restassured.RestAssured.given;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;

import dev.courier.testing.Deployments;
import dev.courier.testing.TestServer;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/** The system as a client sees it: the four WARs as built, on one server, reached over HTTP only. */
abstract class AllServices {

    @Deployment(name = "inventory", order = 1, testable = false)
    static WebArchive inventory() {
        return Deployments.serviceWar("inventory-war");
    }

    @Deployment(name = "payment", order = 2, testable = false)
    static WebArchive payment() {
        return Deployments.serviceWar("payment-war");
    }

    @Deployment(name = "order", order = 3, testable = false)
    static WebArchive order() {
        return Deployments.serviceWar("order-war");
    }

    @Deployment(name = "gateway", order = 4, testable = false)
    static WebArchive gateway() {
        return Deployments.serviceWar("gateway-war");
    }

    static RequestSpecification http() {
        return given().baseUri(TestServer.httpUrl()).contentType(ContentType.JSON);
    }
}
