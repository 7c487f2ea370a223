package dev.courier.support.security;

import jakarta.ws.rs.client.ClientRequestContext;
import jakarta.ws.rs.client.ClientRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Sends this service's own credentials (HTTP Basic) with every call to another Courier service;
 * registered on the REST clients. Who this service is comes from {@value #IDENTITY} (set in the
 * WAR), its password from {@code courier.credentials.<identity>}: generated at setup into the
 * server's configuration (server-config), or an environment variable such as
 * {@code COURIER_CREDENTIALS_GATEWAY}.
 */
public class ServiceCredentials implements ClientRequestFilter {

    /** The property naming the user this service calls the others as. */
    public static final String IDENTITY = "courier.service.identity";

    private final String authorization;

    public ServiceCredentials() {
        Config config = ConfigProvider.getConfig();
        String identity = config.getValue(IDENTITY, String.class);
        String key = "courier.credentials." + identity;
        // a file edited by hand may end in a line break; passwords never contain white space
        String password = config.getOptionalValue(key, String.class)
                .map(String::strip)
                .orElseThrow(() -> new IllegalStateException("no password for " + identity + ": set " + key
                        + " (the server's setup generates it into configuration/courier-credentials)"));
        authorization = "Basic "
                + Base64.getEncoder().encodeToString((identity + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public void filter(ClientRequestContext request) {
        request.getHeaders().putSingle(HttpHeaders.AUTHORIZATION, authorization);
    }
}
