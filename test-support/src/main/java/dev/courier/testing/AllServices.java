package dev.courier.testing;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
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
     * credentials, the gateway ignores them.
     */
    protected static RequestSpecification http() {
        return ServiceApis.asOperator().contentType(ContentType.JSON);
    }
}
