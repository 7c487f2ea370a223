package dev.courier.fault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.courier.testing.TestServer;
import jakarta.jms.Connection;
import jakarta.jms.JMSSecurityException;
import java.io.IOException;
import java.net.Authenticator;
import java.net.HttpURLConnection;
import java.net.PasswordAuthentication;
import java.net.URI;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The doors of the server itself: the management interface (what the admin console calls) lets in
 * the generated admin user and no one else, and locks the account against guessing (Elytron's
 * brute-force protection); the broker accepts no remote connection without valid credentials.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class) // the lock-out comes last
class DoorsIT {

    private static CourierServer server;
    private static String adminPassword;

    @BeforeAll
    static void startWithAnAdmin() {
        byte[] secret = new byte[18];
        new SecureRandom().nextBytes(secret);
        adminPassword = HexFormat.of().formatHex(secret);
        server = new CourierServer("doors")
                .addManagementUser("admin", adminPassword)
                .start();
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    @Order(1)
    void theManagementInterfaceLetsTheAdminIn() throws IOException {
        assertThat(management("admin", adminPassword)).isEqualTo(200);
    }

    @Test
    @Order(2)
    void theManagementInterfaceRefusesCallersWithoutLogin() throws IOException {
        assertThat(management(null, null)).isEqualTo(401);
    }

    @Test
    @Order(3)
    void theManagementInterfaceRefusesAWrongPasswordAndAnUnknownUser() throws IOException {
        assertThat(management("admin", adminPassword + "x")).isEqualTo(401);
        assertThat(management("root", adminPassword)).isEqualTo(401);
        assertThat(management("admin", adminPassword))
                .as("one wrong try locks nothing")
                .isEqualTo(200);
    }

    @Test
    @Order(4)
    void guessingThePasswordLocksTheAccount() throws IOException {
        for (int guess = 0; guess < 20; guess++) {
            assertThat(management("admin", "guess-" + guess)).isEqualTo(401);
        }
        assertThat(management("admin", adminPassword))
                .as("the right password, after 20 wrong guesses")
                .isEqualTo(401);
    }

    @Test
    void theBrokerRefusesAnonymousAndUnknownRemoteConnections() {
        String url = TestServer.httpUrl().replace("http://", "tcp://")
                + "?httpUpgradeEnabled=true&httpUpgradeEndpoint=http-acceptor";
        try (ActiveMQConnectionFactory broker = new ActiveMQConnectionFactory(url)) {
            assertThatThrownBy(() -> open(broker, null, null)).isInstanceOf(JMSSecurityException.class);
            assertThatThrownBy(() -> open(broker, "guest", "guest")).isInstanceOf(JMSSecurityException.class);
            assertThatThrownBy(() -> open(broker, "admin", adminPassword))
                    .as("a management user is no messaging user")
                    .isInstanceOf(JMSSecurityException.class);
        }
    }

    private static void open(ActiveMQConnectionFactory broker, String user, String password) throws Exception {
        try (Connection connection =
                user == null ? broker.createConnection() : broker.createConnection(user, password)) {
            connection.start();
        }
    }

    /** The status of reading the server's state over HTTP (digest authentication, as the console uses). */
    private static int management(String user, String password) throws IOException {
        HttpURLConnection http = (HttpURLConnection)
                URI.create(TestServer.managementUrl() + "/management?operation=attribute&name=server-state")
                        .toURL()
                        .openConnection();
        if (user != null) {
            AtomicBoolean asked = new AtomicBoolean();
            http.setAuthenticator(new Authenticator() {
                @Override
                protected PasswordAuthentication getPasswordAuthentication() {
                    // one try per request: the JDK would otherwise repeat a refused password 20 times
                    return asked.getAndSet(true) ? null : new PasswordAuthentication(user, password.toCharArray());
                }
            });
        }
        try {
            return http.getResponseCode();
        } finally {
            http.disconnect();
        }
    }
}
