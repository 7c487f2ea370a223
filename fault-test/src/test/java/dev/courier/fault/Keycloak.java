package dev.courier.fault;

import static org.awaitility.Awaitility.await;

import dev.courier.testing.TestServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A Keycloak server as its distribution on Maven Central has it (keycloak-quarkus-dist, unpacked by
 * the build), started in development mode on a test port with Courier's test realm imported
 * (src/test/resources/keycloak/courier-realm.json: the roles, the shop's public client, the mappers
 * that put the audience and the roles into tokens). Its state is thrown away with it.
 */
final class Keycloak implements AutoCloseable {

    static final String REALM = "courier";
    static final String CLIENT = "courier-shop";

    private static final Duration BOOT = TestServer.scaled(Duration.ofMinutes(4));

    private final Path home = Path.of(System.getProperty("courier.fault.keycloak", "target/keycloak"));
    private final int port = Integer.getInteger("courier.fault.keycloak-port", 18280);
    private final String adminPassword = UUID.randomUUID().toString();
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private Process process;

    /**
     * The home of a JDK that can run Keycloak (21 or newer): {@code courier.fault.keycloak-java-home}
     * (the build passes {@code KEYCLOAK_JAVA_HOME}), the JDK running the tests, or one under
     * /usr/lib/jvm; empty when there is none.
     */
    static Optional<Path> javaHome() {
        String given = System.getProperty("courier.fault.keycloak-java-home", "");
        if (!given.isBlank() && !given.startsWith("${")) {
            return Optional.of(Path.of(given));
        }
        if (Runtime.version().feature() >= 21) {
            return Optional.of(Path.of(System.getProperty("java.home")));
        }
        try (Stream<Path> jdks = Files.list(Path.of("/usr/lib/jvm"))) {
            return jdks.filter(jdk -> featureVersion(jdk) >= 21).max(Comparator.comparingInt(Keycloak::featureVersion));
        } catch (IOException noJvmFolder) {
            return Optional.empty();
        }
    }

    private static int featureVersion(Path jdk) {
        try {
            return Files.readAllLines(jdk.resolve("release")).stream()
                    .filter(line -> line.startsWith("JAVA_VERSION="))
                    .map(line -> line.replaceAll("[^0-9.]", "").split("\\.")[0])
                    .mapToInt(Integer::parseInt)
                    .findFirst()
                    .orElse(0);
        } catch (IOException | NumberFormatException notAJdk) {
            return 0;
        }
    }

    /** Starts Keycloak with a fresh database and the test realm, and returns once the realm answers. */
    Keycloak start(Path javaHome) {
        try {
            Path data = home.resolve("data");
            CourierServer.deleteRecursively(data);
            Files.createDirectories(data.resolve("import"));
            try (var realm = Keycloak.class.getResourceAsStream("/keycloak/courier-realm.json")) {
                Files.copy(realm, data.resolve("import/courier-realm.json"), StandardCopyOption.REPLACE_EXISTING);
            }
            home.resolve("bin/kc.sh").toFile().setExecutable(true);
            ProcessBuilder command = new ProcessBuilder(
                            home.resolve("bin/kc.sh").toString(),
                            "start-dev",
                            "--import-realm",
                            "--http-host=127.0.0.1",
                            "--http-port=" + port,
                            "--http-management-port=" + (port + 1))
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(
                            home.resolve("keycloak.log").toFile()));
            command.environment()
                    .putAll(Map.of(
                            "JAVA_HOME",
                            javaHome.toString(),
                            "KC_BOOTSTRAP_ADMIN_USERNAME",
                            "admin",
                            "KC_BOOTSTRAP_ADMIN_PASSWORD",
                            adminPassword,
                            "JAVA_OPTS_KC_HEAP",
                            "-Xms64m -Xmx512m"));
            process = command.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        await().atMost(BOOT).pollInterval(Duration.ofSeconds(1)).until(() -> {
            if (!process.isAlive()) {
                throw new IllegalStateException("Keycloak ended; see " + home.resolve("keycloak.log"));
            }
            return status(realmUrl() + "/.well-known/openid-configuration") == 200;
        });
        return this;
    }

    /** The realm's URL, which is also the issuer of its tokens. */
    String realmUrl() {
        return "http://localhost:" + port + "/realms/" + REALM;
    }

    /** The realm's key set, where the gateway gets the keys that sign the tokens. */
    String keySetUrl() {
        return realmUrl() + "/protocol/openid-connect/certs";
    }

    /**
     * Registers a user of the realm as the shop would: username the customer's Courier user id (what
     * the gateway reads from {@code preferred_username}), signing in with their email and password,
     * holding the realm roles {@code roles} ({@code customer}, {@code shop-admin}).
     */
    void addUser(String courierId, String email, String password, List<String> roles) {
        String admin = "Bearer " + token("master", "admin-cli", "admin", adminPassword);
        String users = "http://localhost:" + port + "/admin/realms/" + REALM + "/users";
        Map<String, Object> user = Map.of(
                "username",
                courierId,
                "email",
                email,
                "emailVerified",
                true,
                "firstName",
                "Test",
                "lastName",
                "Customer",
                "enabled",
                true,
                "credentials",
                List.of(Map.of("type", "password", "value", password, "temporary", false)));
        HttpResponse<String> created = send(HttpRequest.newBuilder(URI.create(users))
                .header("Authorization", admin)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(Shop.write(user))));
        expect(created, 201);
        String location = created.headers().firstValue("Location").orElseThrow();
        for (String role : roles) {
            HttpResponse<String> found = send(HttpRequest.newBuilder(
                            URI.create("http://localhost:" + port + "/admin/realms/" + REALM + "/roles/" + role))
                    .header("Authorization", admin)
                    .GET());
            expect(found, 200);
            expect(
                    send(HttpRequest.newBuilder(URI.create(location + "/role-mappings/realm"))
                            .header("Authorization", admin)
                            .header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString("[" + found.body() + "]"))),
                    204);
        }
    }

    /** A customer's access token from the realm's token endpoint (the password grant of the shop's client). */
    String signIn(String email, String password) {
        return token(REALM, CLIENT, email, password);
    }

    private String token(String realm, String client, String username, String password) {
        String form = Map.of("grant_type", "password", "client_id", client, "username", username, "password", password)
                .entrySet()
                .stream()
                .map(field -> field.getKey() + "=" + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpResponse<String> answer = send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/realms/" + realm + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
        expect(answer, 200);
        return Shop.read(answer.body()).get("access_token").asText();
    }

    @Override
    public void close() {
        if (process != null) {
            process.descendants().forEach(ProcessHandle::destroy);
            process.destroy();
            await().atMost(Duration.ofSeconds(60))
                    .until(() -> !process.isAlive() && process.descendants().noneMatch(ProcessHandle::isAlive));
        }
    }

    private int status(String url) {
        try {
            return http.send(
                            HttpRequest.newBuilder(URI.create(url)).GET().build(),
                            HttpResponse.BodyHandlers.discarding())
                    .statusCode();
        } catch (IOException notYet) {
            return 0;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 0;
        }
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void expect(HttpResponse<String> answer, int status) {
        if (answer.statusCode() != status) {
            throw new IllegalStateException(answer.request().method() + " "
                    + answer.request().uri() + " answered " + answer.statusCode() + ": " + answer.body());
        }
    }
}
