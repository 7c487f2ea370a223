package dev.courier.fault;

import static org.awaitility.Awaitility.await;

import dev.courier.testing.ServerManagement;
import dev.courier.testing.TestDatabase;
import dev.courier.testing.TestServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.jboss.as.controller.client.ModelControllerClient;
import org.jboss.as.controller.client.Operation;
import org.jboss.as.controller.client.OperationBuilder;
import org.jboss.as.controller.client.helpers.Operations;
import org.jboss.dmr.ModelNode;
import org.jboss.shrinkwrap.api.Archive;
import org.jboss.shrinkwrap.api.exporter.ZipExporter;

/**
 * A real WildFly with the four services, started as its own process from the provisioned server
 * on the test ports, with its state in a folder of its own that survives restarts, so that a test
 * can kill it ({@code kill -9}), stop it cleanly and start it again on the same data.
 */
final class CourierServer implements AutoCloseable {

    private static final Path HOME = Path.of(System.getProperty("jboss.home"));
    private static final Duration BOOT = TestServer.scaled(Duration.ofMinutes(3));
    private static final List<String> READY_CHECKS =
            List.of("order-broker", "payment-broker", "inventory-broker", "gateway-started");
    /** The queues of the order chain, each with its dead-letter queue {@code DLQ.<queue>}. */
    static final List<String> CHAIN_QUEUES =
            List.of("order.created", "payment.processed", "inventory.updated", "refund.requested", "payment.refunded");

    private final String name;
    private final String databases;
    private final Path base;
    private String configuration = "standalone.xml";
    private int offset = Integer.getInteger("courier.test.port-offset", 100);
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final Map<String, String> environment = new HashMap<>();
    private Process launcher;
    private ProcessHandle jvm;

    /**
     * A server whose state lives in {@code courier.fault.servers/<name>}, empty at first, and whose
     * services have fresh databases {@code <name>_order}, ... in the tests' PostgreSQL.
     */
    CourierServer(String name) {
        this(name, name);
    }

    /**
     * A server named {@code name} whose services use the databases {@code <databases>_order}, ...
     * (several nodes share them), created if new.
     */
    CourierServer(String name, String databases) {
        this.name = name;
        this.databases = databases;
        base = Path.of(System.getProperty("courier.fault.servers", "target/servers"))
                .resolve(name);
        environment.putAll(TestDatabase.environment(databases));
        try {
            deleteRecursively(base);
            Files.createDirectories(base.resolve("deployments"));
            copyRecursively(HOME.resolve("standalone/configuration"), base.resolve("configuration"));
            try (Stream<Path> wars =
                    Files.list(Path.of(System.getProperty("courier.fault.deployments", "target/deployments")))) {
                for (Path war : wars.toList()) {
                    Files.copy(war, base.resolve("deployments").resolve(war.getFileName()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Adds a management (console) user, as ./run.sh does on a first run. */
    CourierServer addManagementUser(String name, String password) {
        try {
            Process addUser = new ProcessBuilder(
                            HOME.resolve("bin/add-user.sh").toString(),
                            "-sc",
                            base.resolve("configuration").toAbsolutePath().toString(),
                            "-u",
                            name,
                            "-p",
                            password,
                            "-s")
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(
                            base.resolve("console.log").toFile()))
                    .start();
            if (addUser.waitFor() != 0) {
                throw new IllegalStateException("add-user.sh failed; see " + base.resolve("console.log"));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        return this;
    }

    /**
     * Makes this server one node of several (docs/scale-out.md): the configuration
     * {@code standalone-node.xml} (a client of the standalone broker pair, behind the load
     * balancer), its ports offset by {@code offset}, its transaction identifier its name.
     */
    CourierServer asNode(int offset) {
        this.configuration = "standalone-node.xml";
        this.offset = offset;
        environment.put("COURIER_NODE_ID", name);
        return this;
    }

    /** The base URL of this server's HTTP listener. */
    String httpUrl() {
        return "http://localhost:" + (8080 + offset);
    }

    /** The base URL of this server's management interface (health, metrics). */
    String managementUrl() {
        return "http://localhost:" + (9990 + offset);
    }

    String name() {
        return name;
    }

    /** Starts the server with these environment variables too (they override the test defaults, e.g. redelivery). */
    CourierServer withEnvironment(Map<String, String> variables) {
        environment.putAll(variables);
        return this;
    }

    /** Adds {@code archive} to what the server deploys (a test's own deployment). */
    CourierServer deploy(Archive<?> archive) {
        archive.as(ZipExporter.class)
                .exportTo(base.resolve("deployments").resolve(archive.getName()).toFile(), true);
        return this;
    }

    /** Starts the server on its data and returns once every service is ready. */
    CourierServer start() {
        String http = httpUrl();
        ProcessBuilder command = new ProcessBuilder(
                        HOME.resolve("bin/standalone.sh").toString(),
                        "-c",
                        configuration,
                        "-Djboss.server.base.dir=" + base.toAbsolutePath(),
                        "-Djboss.socket.binding.port-offset=" + offset,
                        "-Djboss.node.name=" + name,
                        "-Dcourier.demo-data.enabled=false",
                        "-Dinventory/mp-rest/url=" + http + "/inventory/api",
                        "-Dorder-service/mp-rest/url=" + http + "/order/api",
                        "-Dinventory-service/mp-rest/url=" + http + "/inventory/api")
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(
                        base.resolve("console.log").toFile()));
        command.environment().putAll(environment);
        try {
            launcher = command.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        jvm = await().atMost(Duration.ofSeconds(30))
                .until(this::serverJvm, Optional::isPresent)
                .orElseThrow();
        await().atMost(BOOT).pollInterval(Duration.ofMillis(250)).until(this::ready);
        return this;
    }

    /** {@code kill -9} of the server's JVM: no shutdown hook, no flush, nothing. */
    void kill() {
        jvm.destroyForcibly();
        awaitExit();
    }

    /** A clean stop (SIGTERM): the server shuts down gracefully. */
    void stop() {
        jvm.destroy();
        awaitExit();
    }

    private void awaitExit() {
        await().atMost(Duration.ofMinutes(1)).until(() -> !jvm.isAlive());
        launcher.destroy();
        await().atMost(Duration.ofSeconds(30)).until(() -> !launcher.isAlive());
    }

    @Override
    public void close() {
        if (jvm != null && jvm.isAlive()) {
            kill();
        }
    }

    /** Deploys {@code archive} on the running server (a test's own deployment, added while it runs). */
    void deployNow(Archive<?> archive) {
        ModelNode add = Operations.createAddOperation(Operations.createAddress("deployment", archive.getName()));
        add.get("enabled").set(true);
        add.get("content").add().get("input-stream-index").set(0);
        manage(OperationBuilder.create(add)
                .addInputStream(archive.as(ZipExporter.class).exportAsInputStream())
                .build());
    }

    /** Undeploys and removes the deployment {@code name} from the running server. */
    void undeployNow(String name) {
        manage(Operations.createRemoveOperation(Operations.createAddress("deployment", name)));
    }

    /** The result of a management operation on the running server; a failed one fails the test. */
    ModelNode manage(ModelNode operation) {
        return manage(Operation.Factory.create(operation));
    }

    private ModelNode manage(Operation operation) {
        try (ModelControllerClient client =
                ModelControllerClient.Factory.create("remote+http", "localhost", 9990 + offset)) {
            ModelNode outcome = client.execute(operation);
            if (!Operations.isSuccessfulOutcome(outcome)) {
                throw new AssertionError(operation + " failed: " + outcome);
            }
            return Operations.readResult(outcome);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Transactions prepared and not yet committed or rolled back in this server's own databases
     * ({@code <databases>_*}): in doubt. Another test's databases are not this server's to settle.
     */
    List<String> preparedTransactions() {
        return TestDatabase.server().preparedTransactions().stream()
                .filter(line -> line.startsWith(databases + "_"))
                .toList();
    }

    /** The lines the server logged ({@code log/server.log}) from line {@code from} (0 = the first) on. */
    List<String> logLines(int from) {
        try (Stream<String> lines = Files.lines(base.resolve("log/server.log"))) {
            return lines.skip(from).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Messages in each of {@code queues} now. */
    Map<String, Long> messageCounts(List<String> queues) {
        Map<String, Long> counts = new TreeMap<>();
        for (String queue : queues) {
            counts.put(
                    queue,
                    manage(Operations.createReadAttributeOperation(ServerManagement.jmsQueue(queue), "message-count"))
                            .asLong());
        }
        return counts;
    }

    /** Messages in each chain queue's dead-letter queue now. */
    Map<String, Long> deadLetters() {
        return messageCounts(CHAIN_QUEUES.stream().map(queue -> "DLQ." + queue).toList());
    }

    /** The java process under standalone.sh (which runs a short java -version first). */
    private Optional<ProcessHandle> serverJvm() {
        return launcher.descendants()
                .filter(process -> process.info()
                        .commandLine()
                        .map(line -> line.contains("jboss-modules.jar"))
                        .orElse(false))
                .findFirst();
    }

    /** Whether health says every service has started and is ready (UP, with the checks of every service). */
    boolean ready() {
        if (!jvm.isAlive()) {
            throw new IllegalStateException("the server died while starting; see " + base.resolve("console.log"));
        }
        try {
            HttpResponse<String> health = http.send(
                    HttpRequest.newBuilder(URI.create(managementUrl() + "/health"))
                            .timeout(Duration.ofSeconds(5))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            return health.statusCode() == 200
                    && READY_CHECKS.stream().allMatch(check -> health.body().contains("\"" + check + "\""));
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static void copyRecursively(Path from, Path to) throws IOException {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path path : paths.toList()) {
                Path target = to.resolve(from.relativize(path).toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(path, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    /** Deletes {@code path} and everything under it, if it exists. */
    static void deleteRecursively(Path path) throws IOException {
        if (Files.exists(path)) {
            try (Stream<Path> paths = Files.walk(path)) {
                for (Path each :
                        paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(each);
                }
            }
        }
    }
}
