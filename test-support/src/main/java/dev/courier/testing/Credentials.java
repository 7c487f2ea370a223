package dev.courier.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A user of the test server's application realm with the password generated for it when the
 * server was provisioned (server-config, credentials.sh): {@code operator} may call every
 * service's API, {@code gateway} the order and inventory APIs, {@code order-service} inventory's.
 */
public record Credentials(String user, String password) {

    /** The users and roles of people and scripts that run the shop: every service API. */
    public static Credentials operator() {
        return of("operator");
    }

    /** The password generated for {@code user}, read from the provisioned server's configuration. */
    public static Credentials of(String user) {
        return of(configurationDirectory(), user);
    }

    /** The password generated for {@code user} in the server configuration directory {@code configuration}. */
    public static Credentials of(Path configuration, String user) {
        Path file = configuration.resolve("courier-credentials").resolve("courier.credentials." + user);
        try {
            return new Credentials(user, Files.readString(file).strip());
        } catch (IOException e) {
            throw new UncheckedIOException(
                    "no generated password for " + user + " (" + file
                            + "): run the tests through Maven, which provisions the server first",
                    e);
        }
    }

    /** The value of an {@code Authorization} header with these credentials (HTTP Basic). */
    public String basicAuthorization() {
        return "Basic "
                + java.util.Base64.getEncoder()
                        .encodeToString((user + ":" + password).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    /** The provisioned test server's configuration directory. */
    static Path configurationDirectory() {
        String home = System.getProperty("jboss.home");
        if (home == null) {
            throw new IllegalStateException("jboss.home is not set: run the tests through Maven (mvn verify)");
        }
        return Path.of(home, "standalone", "configuration");
    }
}
