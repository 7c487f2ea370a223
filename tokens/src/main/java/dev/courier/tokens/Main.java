package dev.courier.tokens;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import java.util.UUID;

/**
 * The command line of token.sh and of the build:
 *
 * <pre>
 * keys &lt;directory&gt;                              generate the key pair there, unless it exists
 * customer &lt;keys directory&gt; &lt;user id&gt; [minutes]  print a token for that Courier customer
 * admin &lt;keys directory&gt; [minutes]              print a token for a shop admin
 * </pre>
 */
public final class Main {

    private Main() {}

    public static void main(String[] args) {
        try {
            run(args);
        } catch (IllegalArgumentException | IllegalStateException | java.io.UncheckedIOException e) {
            System.err.println("tokens: " + e.getMessage());
            System.exit(2);
        }
    }

    private static void run(String[] args) {
        String command = args.length > 0 ? args[0] : "";
        switch (command) {
            case "keys" -> {
                Path directory = Path.of(argument(args, 1, "the keys directory"));
                if (SigningKeys.generate(directory)) {
                    System.out.println("Courier: generated the development signing keys in " + directory);
                }
            }
            case "customer" -> {
                Path keys = Path.of(argument(args, 1, "the keys directory"));
                UUID customer = uuid(argument(args, 2, "the customer's user id"));
                print(DevTokens.claims(customer.toString(), Set.of(DevTokens.CUSTOMER), lifetime(args, 3))
                        .sign(SigningKeys.privateKey(keys)));
            }
            case "admin" -> {
                Path keys = Path.of(argument(args, 1, "the keys directory"));
                print(DevTokens.claims("shop-admin", Set.of(DevTokens.SHOP_ADMIN), lifetime(args, 2))
                        .sign(SigningKeys.privateKey(keys)));
            }
            default ->
                throw new IllegalArgumentException(
                        "usage: keys <dir> | customer <keys dir> <user id> [minutes] | admin <keys dir> [minutes]");
        }
    }

    private static String argument(String[] args, int index, String what) {
        if (args.length <= index) {
            throw new IllegalArgumentException("missing " + what);
        }
        return args[index];
    }

    private static UUID uuid(String value) {
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("not a user id (a UUID): " + value);
        }
    }

    private static Duration lifetime(String[] args, int index) {
        if (args.length <= index) {
            return DevTokens.LIFETIME;
        }
        try {
            long minutes = Long.parseLong(args[index]);
            if (minutes < 1 || minutes > 24 * 60) {
                throw new NumberFormatException();
            }
            return Duration.ofMinutes(minutes);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("minutes must be a whole number from 1 to 1440: " + args[index]);
        }
    }

    private static void print(String token) {
        System.out.println(token);
    }
}
