package dev.courier.testing;

import java.time.Duration;

/** Where the test server listens and how long tests wait for it. */
public final class TestServer {

    private TestServer() {}

    /** The base URL of the test server's HTTP listener, e.g. {@code http://localhost:8180}. */
    public static String httpUrl() {
        return "http://localhost:" + Integer.getInteger("courier.test.http-port", 8180);
    }

    /** The base URL of the test server's management interface, where health answers. */
    public static String managementUrl() {
        return "http://localhost:" + Integer.getInteger("courier.test.management-port", 10090);
    }

    /**
     * A wait scaled by {@code courier.test.timeout-factor} (default 1), the one knob that makes
     * every timing of the tests more patient on a slow machine.
     */
    public static Duration scaled(Duration wait) {
        double factor = Double.parseDouble(System.getProperty("courier.test.timeout-factor", "1"));
        return Duration.ofMillis(Math.round(wait.toMillis() * Math.max(1.0, factor)));
    }
}
