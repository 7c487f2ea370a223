package dev.courier.fault;

import static org.awaitility.Awaitility.await;

import dev.courier.testing.TestServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Courier on several nodes as {@code ./run.sh --nodes N} runs it (docs/scale-out.md), on the test
 * ports: the standalone broker pair (server-config's target/broker; clients on 61716 and 61717,
 * sharing one journal), the load balancer (target/balancer, HTTP 8380, mod_cluster 8390) and N
 * nodes (the provisioned server with {@code standalone-node.xml}, port offsets 100, 200, ...) that
 * share the databases {@code <name>_order}, ... Each part can be killed and started again.
 */
final class Topology implements AutoCloseable {

    private static final Path BROKER_HOME = Path.of(System.getProperty("courier.fault.broker-home"));
    private static final Path BALANCER_HOME = Path.of(System.getProperty("courier.fault.balancer-home"));
    static final int BALANCER_OFFSET = 300;
    static final int PRIMARY_PORT = 61716;
    static final int BACKUP_PORT = 61717;
    /** A node in the answer to mod_cluster's INFO: {@code Node: [1],Name: <name>,...,Load: <load>}. */
    private static final Pattern NODE_LOAD = Pattern.compile("^Node: \\[\\d+\\],Name: ([^,]+),.*,Load: (-?\\d+)$");

    final Server primary;
    final Server backup;
    final Server balancer;
    final List<CourierServer> nodes = new ArrayList<>();

    /** Starts the brokers and the balancer, then {@code count} nodes one after the other, each ready. */
    Topology(String name, int count) {
        Path folder = Path.of(System.getProperty("courier.fault.servers", "target/servers"))
                .resolve(name);
        String nodePassword = UUID.randomUUID().toString();
        Map<String, String> brokers = Map.of(
                "COURIER_BROKER_CLUSTER_PASSWORD", UUID.randomUUID().toString(),
                "COURIER_BROKER_STORE",
                        folder.resolve("broker-store").toAbsolutePath().toString(),
                // the production redelivery policy, not the tests' quick one (5 deliveries within a
                // second): a node killed between committing an order's message and its row leaves the
                // row prepared until its restart, and the next steps' messages must be redelivered
                // until then (measured: with the quick policy one was dead-lettered, the order stayed PENDING)
                "COURIER_MAX_DELIVERY_ATTEMPTS", "25",
                "COURIER_REDELIVERY_DELAY", "1000",
                "COURIER_MAX_REDELIVERY_DELAY", "30000");
        try {
            CourierServer.deleteRecursively(folder);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        primary = new Server("broker-primary", BROKER_HOME, folder.resolve("broker-primary"), "standalone.xml", 900)
                .user("courier-node", nodePassword, "courier-node")
                .environment(brokers)
                .environment(
                        Map.of("COURIER_BROKER_PORT", "" + PRIMARY_PORT, "COURIER_BROKER_PEER_PORT", "" + BACKUP_PORT));
        backup = new Server(
                        "broker-backup", BROKER_HOME, folder.resolve("broker-backup"), "standalone-backup.xml", 1000)
                .user("courier-node", nodePassword, "courier-node")
                .environment(brokers)
                .environment(
                        Map.of("COURIER_BROKER_PORT", "" + BACKUP_PORT, "COURIER_BROKER_PEER_PORT", "" + PRIMARY_PORT));
        balancer = new Server("balancer", BALANCER_HOME, folder.resolve("balancer"), "standalone.xml", BALANCER_OFFSET);
        primary.start();
        backup.start();
        balancer.start();
        for (int i = 1; i <= count; i++) {
            CourierServer node = new CourierServer(name + "-node" + i, name)
                    .asNode(100 * i)
                    .withEnvironment(Map.of(
                            "COURIER_BROKER_PORT", "" + PRIMARY_PORT,
                            "COURIER_BROKER_BACKUP_PORT", "" + BACKUP_PORT,
                            "COURIER_BROKER_PASSWORD", nodePassword,
                            "COURIER_BALANCER_PORT", "" + (8090 + BALANCER_OFFSET)));
            nodes.add(node);
            node.start();
        }
        // a node takes requests from the balancer once mod_cluster has told it the node's load (status interval)
        HttpClient http = HttpClient.newHttpClient();
        await().atMost(TestServer.scaled(Duration.ofMinutes(1)))
                .pollInterval(Duration.ofMillis(250))
                .until(() -> http.send(
                                        HttpRequest.newBuilder(URI.create(url() + "/api/products"))
                                                .build(),
                                        HttpResponse.BodyHandlers.discarding())
                                .statusCode()
                        == 200);
    }

    /** The load balancer's HTTP base URL: what clients call. */
    String url() {
        return "http://localhost:" + (8080 + BALANCER_OFFSET);
    }

    @Override
    public void close() {
        nodes.forEach(CourierServer::close);
        backup.close();
        primary.close();
        balancer.close();
    }

    /** A broker or the balancer: a WildFly without Courier's services. */
    static final class Server implements AutoCloseable {

        private final String name;
        private final Path home;
        private final Path base;
        private final String configuration;
        private final int offset;
        private final Map<String, String> environment = new HashMap<>();
        private Process launcher;
        private ProcessHandle jvm;

        Server(String name, Path home, Path base, String configuration, int offset) {
            this.name = name;
            this.home = home;
            this.base = base;
            this.configuration = configuration;
            this.offset = offset;
            try {
                Files.createDirectories(base.resolve("configuration"));
                try (Stream<Path> files = Files.list(home.resolve("standalone/configuration"))) {
                    for (Path file : files.filter(Files::isRegularFile).toList()) {
                        Files.copy(file, base.resolve("configuration").resolve(file.getFileName()));
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** Adds an application user with this role, as {@code ./run.sh --nodes} does for the nodes' login. */
        Server user(String user, String password, String role) {
            run(
                    home.resolve("bin/add-user.sh").toString(),
                    "-a",
                    "-sc",
                    base.resolve("configuration").toAbsolutePath().toString(),
                    "-u",
                    user,
                    "-p",
                    password,
                    "-g",
                    role,
                    "-s");
            return this;
        }

        Server environment(Map<String, String> variables) {
            environment.putAll(variables);
            return this;
        }

        /** Starts it and returns once WildFly has booted (a backup broker then waits for the journal's lock). */
        Server start() {
            int logged = logLines().size();
            ProcessBuilder command = new ProcessBuilder(
                            home.resolve("bin/standalone.sh").toString(),
                            "-c",
                            configuration,
                            "-Djboss.server.base.dir=" + base.toAbsolutePath(),
                            "-Djboss.socket.binding.port-offset=" + offset)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(
                            base.resolve("console.log").toFile()));
            command.environment().putAll(environment);
            command.environment().put("JBOSS_JAVA_SIZING", "-Xms32m -Xmx192m -XX:+UseSerialGC");
            command.environment().put("COURIER_NODE_ID", name);
            try {
                launcher = command.start();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            jvm = await().atMost(Duration.ofSeconds(30))
                    .until(
                            () -> launcher.descendants()
                                    .filter(process -> process.info()
                                            .commandLine()
                                            .map(line -> line.contains("jboss-modules.jar"))
                                            .orElse(false))
                                    .findFirst(),
                            Optional::isPresent)
                    .orElseThrow();
            await().atMost(TestServer.scaled(Duration.ofMinutes(1)))
                    .pollInterval(Duration.ofMillis(250))
                    .until(() -> {
                        if (!jvm.isAlive()) {
                            throw new IllegalStateException(name + " died while starting; see " + base);
                        }
                        return logLines().stream().skip(logged).anyMatch(line -> line.contains("WFLYSRV0025"));
                    });
            return this;
        }

        /** Whether its log says, since line {@code from}, something that contains {@code text}. */
        boolean logged(int from, String text) {
            return logLines().stream().skip(from).anyMatch(line -> line.contains(text));
        }

        List<String> logLines() {
            Path log = base.resolve("log/server.log");
            if (!Files.exists(log)) {
                return List.of();
            }
            try (Stream<String> lines = Files.lines(log)) {
                return lines.toList();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /**
         * The broker's transactions left prepared (its management operation, over the CLI on the
         * local machine's silent login): empty when nothing is in doubt.
         */
        String preparedTransactions() {
            try {
                Process cli = new ProcessBuilder(
                                home.resolve("bin/jboss-cli.sh").toString(),
                                "--connect",
                                "--controller=localhost:" + (9990 + offset),
                                "--output-json",
                                "--command=/subsystem=messaging-activemq/server=default:list-prepared-transactions")
                        .redirectErrorStream(true)
                        .start();
                String output = new String(cli.getInputStream().readAllBytes());
                if (cli.waitFor() != 0) {
                    throw new IllegalStateException(name + ": list-prepared-transactions failed: " + output);
                }
                return output.replaceAll("(?s).*\"result\"\\s*:\\s*\\[(.*?)\\].*", "$1")
                        .trim();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }

        /** {@code kill -9}. */
        void kill() {
            jvm.destroyForcibly();
            await().atMost(Duration.ofMinutes(1)).until(() -> !jvm.isAlive());
            launcher.destroy();
        }

        @Override
        public void close() {
            if (jvm != null && jvm.isAlive()) {
                kill();
            }
        }

        private static void run(String... command) {
            try {
                Process process = new ProcessBuilder(command)
                        .redirectErrorStream(true)
                        .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                        .start();
                if (process.waitFor() != 0) {
                    throw new IllegalStateException(String.join(" ", command) + " failed");
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    /**
     * The load the balancer holds for {@code node}, from mod_cluster's own {@code INFO} command on its
     * port: -1 while the node is in error (not ready, or not answering) and gets no requests, 1 to 100
     * while it is routed to; empty while the node is not registered.
     */
    OptionalInt routing(CourierServer node) {
        return body(HttpRequest.newBuilder(URI.create("http://localhost:" + (8090 + BALANCER_OFFSET) + "/"))
                        .method("INFO", HttpRequest.BodyPublishers.noBody())
                        .build())
                .lines()
                .map(line -> NODE_LOAD.matcher(line))
                .filter(matcher -> matcher.find() && matcher.group(1).equals(node.name()))
                .mapToInt(matcher -> Integer.parseInt(matcher.group(2)))
                .findFirst();
    }

    /** The count of a Courier metric on one node ({@code /metrics}), summed over the lines that contain {@code labels}. */
    static long metric(CourierServer node, String metric, String labels) {
        return Math.round(body(HttpRequest.newBuilder(URI.create(node.managementUrl() + "/metrics"))
                        .build())
                .lines()
                .filter(line -> line.startsWith(metric + "{") && line.contains(labels))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
                .sum());
    }

    /** The body of the answer to {@code request}, whatever its status. */
    private static String body(HttpRequest request) {
        try {
            return HttpClient.newHttpClient()
                    .send(request, HttpResponse.BodyHandlers.ofString())
                    .body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
