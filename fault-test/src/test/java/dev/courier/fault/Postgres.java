package dev.courier.fault;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A PostgreSQL server of the test's own: a fresh cluster (initdb) in a temporary folder on its own
 * port, with prepared transactions enabled, stopped and deleted at the end. The server binaries come
 * from the machine ({@code apt-get install postgresql}; {@code -Dcourier.test.postgres-bin=<dir>}
 * names another folder). As root, PostgreSQL's programs run as the {@code postgres} user, since
 * the server refuses to run as root.
 */
final class Postgres implements AutoCloseable {

    static final String USER = "courier";

    private final int port = Integer.getInteger("courier.test.postgres-port", 15432);
    private final String password = HexFormat.of().formatHex(new SecureRandom().generateSeed(16));
    private final Path bin = binaries();
    private final boolean asRoot = "root".equals(System.getProperty("user.name"));
    private final Path home;
    private final Path data;

    Postgres() {
        try {
            home = Files.createTempDirectory("courier-postgres");
            data = home.resolve("data");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Creates the cluster and starts it; returns once it accepts connections. */
    Postgres start() {
        try {
            Path passwordFile = home.resolve("password");
            Files.writeString(passwordFile, password);
            if (asRoot) {
                run(List.of("chown", "-R", "postgres", home.toString()));
            }
            run(postgres("initdb", "-D", data.toString(), "-U", USER, "--auth=scram-sha-256",
                    "--pwfile=" + passwordFile, "--encoding=UTF8", "--no-sync"));
            // two-phase commit needs prepared transactions (0 by default): one per pooled connection
            run(postgres("pg_ctl", "-D", data.toString(), "-l", home.resolve("server.log").toString(), "-w", "-t", "60",
                    "-o", "-p " + port + " -c listen_addresses=127.0.0.1 -c unix_socket_directories=" + home
                            + " -c max_connections=200 -c max_prepared_transactions=200 -c fsync=on", "start"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /** Creates database {@code name}, owned by {@link #USER}. */
    void createDatabase(String name) {
        run(postgres("createdb", "-h", "127.0.0.1", "-p", String.valueOf(port), "-U", USER, name));
    }

    /**
     * Transactions prepared (two-phase commit) and not yet committed or rolled back, in any database: in doubt.
     * One line each: database, when prepared, global transaction id.
     */
    List<String> preparedTransactions() {
        return run(postgres("psql", "-h", "127.0.0.1", "-p", String.valueOf(port), "-U", USER, "-d", "postgres", "-At",
                "-c", "select database || ' ' || prepared || ' ' || gid from pg_prepared_xacts order by prepared"))
                .lines().filter(line -> !line.isBlank()).toList();
    }

    /** The JDBC URL of database {@code name}. */
    String url(String name) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + name;
    }

    /** The server's environment for three fresh databases {@code <prefix>_order}, ... (server-config's datasources.cli). */
    Map<String, String> courierDatabases(String prefix) {
        Map<String, String> environment = new LinkedHashMap<>();
        environment.put("COURIER_DB_DRIVER", "postgresql");
        for (String service : List.of("order", "payment", "inventory")) {
            String database = prefix + "_" + service;
            createDatabase(database);
            String variable = "COURIER_" + service.toUpperCase() + "_DB_";
            environment.put(variable + "URL", url(database));
            environment.put(variable + "USER", USER);
            environment.put(variable + "PASSWORD", password);
        }
        return environment;
    }

    @Override
    public void close() {
        try {
            run(postgres("pg_ctl", "-D", data.toString(), "-m", "fast", "-w", "stop"));
        } finally {
            try (Stream<Path> paths = Files.walk(home)) {
                paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private List<String> postgres(String program, String... arguments) {
        List<String> command = new ArrayList<>();
        if (asRoot) {
            command.addAll(List.of("runuser", "-u", "postgres", "--"));
        }
        command.add(bin.resolve(program).toString());
        command.addAll(List.of(arguments));
        return command;
    }

    /** Runs {@code command} to its end and returns what it printed; a failure fails the test. */
    private String run(List<String> command) {
        try {
            Path output = Files.createTempFile(home, "command", ".out"); // opened here, inherited by the command
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.to(output.toFile()));
            builder.environment().put("PGPASSWORD", password);
            Process process = builder.start();
            await().atMost(Duration.ofMinutes(2)).until(() -> !process.isAlive());
            String printed = Files.readString(output);
            Files.writeString(home.resolve("commands.log"), String.join(" ", command) + "\n" + printed,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            if (process.exitValue() != 0) {
                throw new IllegalStateException(String.join(" ", command) + " failed:\n" + printed);
            }
            return printed;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path binaries() {
        String configured = System.getProperty("courier.test.postgres-bin");
        if (configured != null) {
            return Path.of(configured);
        }
        // Debian keeps the server programs per major version, off the PATH
        try (Stream<Path> versions = Files.list(Path.of("/usr/lib/postgresql"))) {
            return versions.map(version -> version.resolve("bin")).filter(bin -> Files.isExecutable(bin.resolve("initdb")))
                    .max(Comparator.comparing(bin -> Integer.parseInt(bin.getParent().getFileName().toString())))
                    .orElseThrow();
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException("no PostgreSQL server programs found in /usr/lib/postgresql/<version>/bin: "
                    + "install them (apt-get install postgresql) or set -Dcourier.test.postgres-bin", e);
        }
    }
}
