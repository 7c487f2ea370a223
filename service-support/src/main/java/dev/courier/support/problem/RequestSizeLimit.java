package dev.courier.support.problem;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.ext.Provider;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Refuses a request body above {@code courier.http.max-body-bytes} with 413 before anything reads
 * it. The HTTP listener's max-post-size (server configuration) stops bodies sent without a length.
 */
@Provider
@PreMatching
public class RequestSizeLimit implements ContainerRequestFilter {

    private final long maxBodyBytes = ConfigProvider.getConfig()
            .getOptionalValue("courier.http.max-body-bytes", Long.class)
            .orElse(65_536L);

    @Override
    public void filter(ContainerRequestContext request) {
        if (request.getLength() > maxBodyBytes) {
            request.abortWith(Problems.response(
                    413, "Content Too Large", "The request body may be at most " + maxBodyBytes + " bytes."));
        }
    }
}
