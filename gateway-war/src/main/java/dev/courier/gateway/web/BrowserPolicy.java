package dev.courier.gateway.web;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * What browsers get from the gateway, on every answer (the API with its problem documents, the API
 * page): the usual security headers, and CORS for the origins named in
 * {@code courier.gateway.cors.origins} only (comma-separated, e.g. {@code https://shop.example};
 * none by default, so a page of another origin cannot call the API from a browser). A preflight of
 * an allowed origin is answered here; one of any other origin gets no CORS headers, and the browser
 * refuses the call.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class BrowserPolicy extends HttpFilter {

    static final String ALLOWED_METHODS = "GET, POST";
    static final String ALLOWED_HEADERS = "Authorization, Content-Type, Idempotency-Key, traceparent, tracestate";
    /** The answer headers a page may read besides the simple ones: where an order is, when to try again. */
    static final String EXPOSED_HEADERS = "Location, Retry-After";

    @Inject
    @ConfigProperty(name = "courier.gateway.cors.origins")
    Optional<Set<String>> origins;

    /** How long a browser may reuse a preflight's answer. */
    @Inject
    @ConfigProperty(name = "courier.gateway.cors.max-age", defaultValue = "PT10M")
    Duration maxAge;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Content-Security-Policy", "frame-ancestors 'none'");
        response.setHeader("Referrer-Policy", "no-referrer");
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.equals("/api") || path.startsWith("/api/")) {
            response.setHeader("Cache-Control", "no-store"); // orders and customers: no copies in caches
        }
        String origin = request.getHeader("Origin");
        if (origin != null) {
            response.addHeader("Vary", "Origin");
            if (origins.map(allowed -> allowed.contains(origin)).orElse(false)) {
                response.setHeader("Access-Control-Allow-Origin", origin);
                if ("OPTIONS".equals(request.getMethod())
                        && request.getHeader("Access-Control-Request-Method") != null) {
                    response.setHeader("Access-Control-Allow-Methods", ALLOWED_METHODS);
                    response.setHeader("Access-Control-Allow-Headers", ALLOWED_HEADERS);
                    response.setHeader("Access-Control-Max-Age", String.valueOf(maxAge.toSeconds()));
                    response.setStatus(HttpServletResponse.SC_NO_CONTENT);
                    return;
                }
                response.setHeader("Access-Control-Expose-Headers", EXPOSED_HEADERS);
            }
        }
        chain.doFilter(request, response);
    }
}
