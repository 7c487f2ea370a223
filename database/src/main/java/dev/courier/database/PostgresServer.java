package dev.courier.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * One PostgreSQL server (a cluster) of Courier's own, with its data, log and passwords under one
 * folder: created with {@code initdb} on the first start, kept across starts. It listens on
 * loopback only (no Unix socket), every login needs a password (SCRAM), and commits are durable
 * ({@code fsync} and {@code synchronous_commit} on). Each service gets a database and a user of
 * its own ({@link #database}); the passwords are generated here and kept in {@code passwords/}.
 * <p>
 * PostgreSQL refuses to run as root: as root, its programs run in a user namespace of their own
 * ({@code unshare -U}), where they are not root.
 */
public final class PostgresServer implements AutoCloseable {

    /**
     * Connections, and prepared transactions (two-phase commit) it keeps at once: at least the XA
     * pools' connections, 90 per server (3 pools of 30). 150 for one server; {@code ./run.sh --nodes N}
     * sets {@code COURIER_DB_MAX_CONNECTIONS} for N (system property {@code courier.db.max-connections}
     * in the tests).
     */
    static final int MAX_CONNECTIONS = Integer.getInteger(
            "courier.db.max-connections",
            Integer.parseInt(System.getenv().getOrDefault("COURIER_DB_MAX_CONNECTIONS", "150")));

    private static final String SUPERUSER = "postgres";
    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9_]{0,62}");
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Path bin;
    private final Path home;
    private final Path data;
    private final int port;
    private final boolean asRoot = isRoot();

    /**
     * A server of the binaries in {@code binaries} (see {@link PostgresBinaries}) whose data,
     * log and passwords live in {@code home}, listening on 127.0.0.1:{@code port}.
     */
    public PostgresServer(Path binaries, Path home, int port) {
        this.bin = binaries.resolve("bin");
        this.home = home.toAbsolutePath();
        this.data = this.home.resolve("data");
        this.port = port;
    }

    /**
     * Starts the server: creates the cluster first if {@code home} has none, and stops a server
     * that an earlier process left running on the same data (a killed run.sh or test), so that
     * this one runs with the settings given here. Returns once it accepts connections.
     */
    public PostgresServer start() {
        try {
            Files.createDirectories(
                    home, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
            if (!Files.exists(data.resolve("PG_VERSION"))) {
                initdb();
            } else if (running()) {
                System.err.println("Courier: a PostgreSQL server left running on " + data
                        + " by an earlier run; stopping it first");
                stop();
            }
            run(List.of(
                    program("pg_ctl"),
                    "-D",
                    data.toString(),
                    "-l",
                    home.resolve("server.log").toString(),
                    "-w",
                    "-t",
                    "120",
                    "-o",
                    String.join(
                            " ",
                            "-p",
                            String.valueOf(port),
                            "-c",
                            "listen_addresses=127.0.0.1",
                            "-c",
                            "unix_socket_directories=''",
                            "-c",
                            "max_connections=" + MAX_CONNECTIONS,
                            // one per pooled connection that may take part in a two-phase commit
                            "-c",
                            "max_prepared_transactions=" + MAX_CONNECTIONS,
                            // a session idle inside a transaction for a minute holds its row locks for a
                            // transaction manager that has lost it (measured: after a broker failover, a
                            // timed-out chain step's branch stayed open and stalled every step behind its
                            // locks): end it, which rolls it back. Prepared branches are not sessions and
                            // are left to the transaction manager's recovery.
                            "-c",
                            "idle_in_transaction_session_timeout=60s",
                            // durable commits: the defaults, named because embedded launchers turn them off
                            "-c",
                            "fsync=on",
                            "-c",
                            "synchronous_commit=on",
                            "-c",
                            "full_page_writes=on"),
                    "start"));
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether a server runs on this server's data (also one that another process started). */
    public boolean running() {
        return Files.exists(data.resolve("PG_VERSION"))
                && exec(List.of(program("pg_ctl"), "-D", data.toString(), "status")) == 0;
    }

    /** Stops the server if it runs (fast: open sessions are ended, their transactions rolled back). */
    public void stop() {
        if (running()) {
            run(List.of(program("pg_ctl"), "-D", data.toString(), "-m", "fast", "-w", "-t", "120", "stop"));
        }
    }

    /**
     * Kills the server outright (SIGKILL to the postmaster and every backend), as a crash or a
     * power cut would: open connections are cut, nothing is said to the clients. The next
     * {@link #start()} runs PostgreSQL's crash recovery; prepared transactions survive it.
     */
    public void kill() {
        Path pidFile = data.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        try {
            long pid = Long.parseLong(Files.readAllLines(pidFile).get(0).trim());
            ProcessHandle.of(pid).ifPresent(postmaster -> {
                List<ProcessHandle> all =
                        new ArrayList<>(postmaster.descendants().toList());
                all.add(postmaster);
                all.forEach(ProcessHandle::destroyForcibly);
                for (ProcessHandle process : all) {
                    process.onExit().join();
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Stops the server if it runs and deletes its folder: data, log and passwords. */
    public void delete() {
        stop();
        try {
            deleteRecursively(home);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        stop();
    }

    /** The port it listens on, on 127.0.0.1. */
    public int port() {
        return port;
    }

    /**
     * The database {@code name} with a user of the same name that owns it and alone may connect
     * to it; both are created on the first call, the user's password generated then and kept.
     */
    public Database database(String name) {
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("not a database name of Courier's: " + name);
        }
        Path passwordFile = home.resolve("passwords").resolve(name);
        try (Connection connection = superuser(SUPERUSER)) {
            boolean knownPassword = Files.exists(passwordFile);
            String password = knownPassword ? Files.readString(passwordFile) : newPassword(passwordFile);
            try (Statement statement = connection.createStatement()) {
                if (!exists(connection, "select 1 from pg_roles where rolname = ?", name)) {
                    statement.execute("create role " + name + " login password '" + password + "'");
                } else if (!knownPassword) {
                    statement.execute("alter role " + name + " password '" + password + "'");
                }
                if (!exists(connection, "select 1 from pg_database where datname = ?", name)) {
                    statement.execute("create database " + name + " owner " + name + " encoding 'UTF8'");
                    statement.execute("revoke all on database " + name + " from public");
                }
            }
            return new Database(url(name), name, password);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SQLException e) {
            throw new IllegalStateException("could not create database " + name, e);
        }
    }

    /**
     * Transactions prepared (two-phase commit) and neither committed nor rolled back yet, in any
     * database: in doubt. One line each: database, when prepared, global transaction id.
     */
    public List<String> preparedTransactions() {
        try (Connection connection = superuser(SUPERUSER);
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(
                        "select database, prepared, gid from pg_prepared_xacts order by prepared")) {
            List<String> prepared = new ArrayList<>();
            while (rows.next()) {
                prepared.add(rows.getString(1) + " " + rows.getString(2) + " " + rows.getString(3));
            }
            return prepared;
        } catch (SQLException e) {
            throw new IllegalStateException("could not read the prepared transactions", e);
        }
    }

    private String url(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
    }

    private Connection superuser(String database) throws SQLException {
        Properties login = new Properties();
        login.setProperty("user", SUPERUSER);
        try {
            login.setProperty(
                    "password", Files.readString(home.resolve("passwords").resolve(SUPERUSER)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return DriverManager.getConnection(url(database), login);
    }

    private void initdb() throws IOException {
        deleteRecursively(data);
        Path passwordFile = home.resolve("passwords").resolve(SUPERUSER);
        newPassword(passwordFile);
        run(List.of(
                program("initdb"),
                "-D",
                data.toString(),
                "-U",
                SUPERUSER,
                "--pwfile=" + passwordFile,
                "--auth=scram-sha-256",
                "--encoding=UTF8",
                "--no-locale"));
    }

    private static boolean exists(Connection connection, String query, String name) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(query)) {
            statement.setString(1, name);
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next();
            }
        }
    }

    /** A new random password, written to {@code file} (readable by its owner only). */
    private static String newPassword(Path file) throws IOException {
        byte[] bytes = new byte[18];
        RANDOM.nextBytes(bytes);
        String password = HexFormat.of().formatHex(bytes);
        Files.createDirectories(
                file.getParent(), PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        Files.deleteIfExists(file);
        Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        Files.writeString(file, password);
        return password;
    }

    private String program(String name) {
        return bin.resolve(name).toString();
    }

    /** Runs {@code command}; a non-zero exit fails with what it printed. */
    private void run(List<String> command) {
        if (exec(command) != 0) {
            String printed;
            try {
                printed = Files.readString(home.resolve("commands.log"));
                printed = printed.substring(Math.max(0, printed.length() - 4000));
            } catch (IOException e) {
                printed = e.toString();
            }
            throw new IllegalStateException(
                    String.join(" ", command) + " failed; the end of " + home.resolve("commands.log") + ":\n" + printed
                            + "\n(the server's own log: " + home.resolve("server.log") + ")");
        }
    }

    /** Runs {@code command} to its end, appending what it prints to commands.log; returns its exit code. */
    private int exec(List<String> command) {
        List<String> line = new ArrayList<>();
        if (asRoot) {
            line.addAll(List.of("unshare", "--user"));
        }
        line.addAll(command);
        try {
            Files.createDirectories(home);
            Path log = home.resolve("commands.log");
            Files.writeString(
                    log, "$ " + String.join(" ", line) + "\n", StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            ProcessBuilder builder = new ProcessBuilder(line)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
            builder.environment().put("LC_ALL", "C");
            Process process = builder.start();
            if (!process.waitFor(3, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new IllegalStateException(String.join(" ", line) + " did not end within 3 minutes");
            }
            return process.exitValue();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static boolean isRoot() {
        try {
            return Integer.valueOf(0).equals(Files.getAttribute(Path.of("/proc/self"), "unix:uid"));
        } catch (IOException | UnsupportedOperationException e) {
            return "root".equals(System.getProperty("user.name"));
        }
    }

    static void deleteRecursively(Path path) throws IOException {
        if (Files.exists(path)) {
            try (Stream<Path> paths = Files.walk(path)) {
                for (Path each : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(each);
                }
            }
        }
    }
}
