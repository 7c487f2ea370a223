package dev.courier.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.jboss.as.controller.client.ModelControllerClient;
import org.jboss.as.controller.client.helpers.Operations;
import org.jboss.dmr.ModelNode;

/**
 * The test server's management API, as an operator's console or CLI uses it, reached with the
 * local user that a process on the same machine has. For tests that configure the running server
 * (system properties) or handle dead letters.
 */
public final class ServerManagement {

    private static ModelControllerClient client;

    private ServerManagement() {}

    private static synchronized ModelControllerClient client() {
        if (client == null) {
            try {
                client = ModelControllerClient.Factory.create(
                        "remote+http", "localhost", Integer.getInteger("courier.test.management-port", 10090));
            } catch (java.net.UnknownHostException e) {
                throw new UncheckedIOException(e);
            }
        }
        return client;
    }

    /** The result of {@code operation}; a failed operation fails the test. */
    public static ModelNode execute(ModelNode operation) {
        try {
            ModelNode outcome = client().execute(operation);
            if (!Operations.isSuccessfulOutcome(outcome)) {
                throw new AssertionError(
                        Operations.getFailureDescription(outcome).asString());
            }
            return Operations.readResult(outcome);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Sets the server system property {@code name} to {@code value}, replacing any value it had. */
    public static void setSystemProperty(String name, String value) {
        removeSystemProperty(name);
        ModelNode add = Operations.createAddOperation(Operations.createAddress("system-property", name));
        add.get("value").set(value);
        execute(add);
    }

    /** Removes the server system property {@code name}, if it is set. */
    public static void removeSystemProperty(String name) {
        try {
            client().execute(Operations.createRemoveOperation(Operations.createAddress("system-property", name)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The address of JMS queue {@code queue} of the server's broker. */
    public static ModelNode jmsQueue(String queue) {
        return Operations.createAddress("subsystem", "messaging-activemq", "server", "default", "jms-queue", queue);
    }
}
