package dev.courier.database;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * run.sh's handle on Courier's PostgreSQL server:
 * <pre>
 *   start &lt;home&gt; &lt;port&gt;   starts it (a new cluster on the first run) and prints, as shell
 *                         assignments, each service's COURIER_&lt;SERVICE&gt;_DB_URL, _USER and _PASSWORD
 *   stop &lt;home&gt;           stops it
 * </pre>
 * The binaries are unpacked into {@code <home>/binaries}.
 */
public final class CourierDatabase {

    /** The services that own a database, each named {@code courier_<service>}. */
    public static final List<String> SERVICES = List.of("order", "payment", "inventory");

    private CourierDatabase() {}

    public static void main(String[] arguments) {
        if (arguments.length < 2
                || !List.of("start", "stop").contains(arguments[0])
                || arguments[0].equals("start") != (arguments.length == 3)) {
            System.err.println("usage: CourierDatabase start <home> <port> | stop <home>");
            System.exit(2);
        }
        Path home = Path.of(arguments[1]);
        int port = arguments.length == 3 ? Integer.parseInt(arguments[2]) : 0;
        PostgresServer server = new PostgresServer(PostgresBinaries.unpackedInto(home.resolve("binaries")), home, port);
        if (arguments[0].equals("stop")) {
            server.stop();
            return;
        }
        server.start();
        for (String service : SERVICES) {
            Database database = server.database("courier_" + service);
            String prefix = "COURIER_" + service.toUpperCase(Locale.ROOT) + "_DB_";
            System.out.println(prefix + "URL=" + database.url());
            System.out.println(prefix + "USER=" + database.user());
            System.out.println(prefix + "PASSWORD=" + database.password());
        }
    }
}
