package dev.courier.testing;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The system as a client sees it: the four WARs as built, on one server, reached over HTTP only.
 * A test class extends it to get the deployments.
 */
public abstract class AllServices {

    @Deployment(name = "inventory", order = 1, testable = false)
    static WebArchive inventory() {
        return Deployments.service("inventory");
    }

    @Deployment(name = "payment", order = 2, testable = false)
    static WebArchive payment() {
        return Deployments.service("payment");
    }

    @Deployment(name = "order", order = 3, testable = false)
    static WebArchive order() {
        return Deployments.service("order");
    }

    @Deployment(name = "gateway", order = 4, testable = false)
    static WebArchive gateway() {
        return Deployments.service("gateway");
    }

    /**
     * A JSON request to the test server as the operator: the services' own APIs require
     * credentials; the gateway's catalog is public, its orders and users want a customer's token
     * ({@link #asCustomer}).
     */
    protected static RequestSpecification http() {
        return ServiceApis.asOperator().contentType(ContentType.JSON);
    }

    /** A JSON request to the test server as the customer with Courier user id {@code user} (a bearer token). */
    protected static RequestSpecification asCustomer(String user) {
        return Tokens.asCustomer(UUID.fromString(user)).contentType(ContentType.JSON);
    }

    /** A JSON request to the test server as a shop admin (a bearer token), who reads every order and user. */
    protected static RequestSpecification asShopAdmin() {
        return Tokens.asShopAdmin().contentType(ContentType.JSON);
    }
}
