package dev.courier.testing;

import static io.restassured.RestAssured.given;

import io.restassured.specification.RequestSpecification;

/** Requests to the services' own APIs on the test server, as a user of its realm (HTTP Basic). */
public final class ServiceApis {

    private ServiceApis() {}

    /** As the operator, who may call every service's API. */
    public static RequestSpecification asOperator() {
        return as(Credentials.operator());
    }

    /** As {@code credentials}, sent with the first request (no challenge round trip). */
    public static RequestSpecification as(Credentials credentials) {
        return given().baseUri(TestServer.httpUrl())
                .auth()
                .preemptive()
                .basic(credentials.user(), credentials.password());
    }
}
