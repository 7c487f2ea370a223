package dev.courier.testing;

import dev.courier.database.CourierDatabase;
import dev.courier.database.Database;
import dev.courier.database.PostgresBinaries;
import dev.courier.database.PostgresServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * The tests' PostgreSQL: one server per run of a module's in-container and system tests, from the
 * binaries of module {@code database} (Maven Central), on a free port, in a fresh cluster under
 * the module's {@code target/postgres}. It starts before the first test with the three services'
 * databases, whose settings it writes to {@code datasources.properties} there for the Arquillian
 * container (WildFly's {@code --properties}), and stops when the tests end, passed or failed.
 * <p>
 * Active where failsafe sets {@code courier.test.postgres-home} (the parent pom); elsewhere, as in
 * unit tests, it does nothing.
 */
public final class TestDatabase implements LauncherSessionListener {

    private static PostgresServer server;

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        String home = System.getProperty("courier.test.postgres-home");
        if (home == null || server != null) {
            return;
        }
        try {
            Path folder = Path.of(home);
            // a fresh cluster every run; a server that a killed run left on this folder is stopped first
            new PostgresServer(binaries(), folder, 0).delete();
            server = new PostgresServer(binaries(), folder, freePort()).start();
            Runtime.getRuntime().addShutdownHook(new Thread(TestDatabase::stop, "stop-test-postgres"));
            writeDatasourceProperties(folder.resolve("datasources.properties"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        stop();
    }

    /** The running test server; fails where the tests have none. */
    public static PostgresServer server() {
        if (server == null) {
            throw new IllegalStateException(
                    "no test PostgreSQL: courier.test.postgres-home is not set (run the tests through Maven)");
        }
        return server;
    }

    /**
     * Fresh databases {@code <prefix>_order}, {@code _payment} and {@code _inventory} for one more
     * server, as the environment that server-config's datasources.cli reads
     * ({@code COURIER_<SERVICE>_DB_URL}, {@code _USER}, {@code _PASSWORD}).
     */
    public static Map<String, String> environment(String prefix) {
        Map<String, String> environment = new LinkedHashMap<>();
        for (String service : CourierDatabase.SERVICES) {
            Database database = server().database(prefix + "_" + service);
            String variable = "COURIER_" + service.toUpperCase(Locale.ROOT) + "_DB_";
            environment.put(variable + "URL", database.url());
            environment.put(variable + "USER", database.user());
            environment.put(variable + "PASSWORD", database.password());
        }
        return environment;
    }

    private static synchronized void stop() {
        if (server != null) {
            server.stop();
            server = null;
        }
    }

    private static void writeDatasourceProperties(Path file) throws IOException {
        StringBuilder properties = new StringBuilder("# the test server's databases (TestDatabase)\n");
        for (String service : CourierDatabase.SERVICES) {
            Database database = server.database("courier_" + service);
            properties
                    .append("courier.db.")
                    .append(service)
                    .append(".url=")
                    .append(database.url())
                    .append('\n')
                    .append("courier.db.")
                    .append(service)
                    .append(".user=")
                    .append(database.user())
                    .append('\n')
                    .append("courier.db.")
                    .append(service)
                    .append(".password=")
                    .append(database.password())
                    .append('\n');
        }
        Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        Files.writeString(file, properties);
    }

    private static Path binaries() {
        return PostgresBinaries.unpackedInto(
                Path.of(System.getProperty("courier.test.postgres-binaries", "target/postgres-binaries")));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
