package dev.courier.gateway.limits.boundary;

import dev.courier.gateway.limits.control.RateLimits;
import dev.courier.gateway.limits.control.RateLimits.Verdict;
import dev.courier.support.problem.Problems;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.security.Principal;

/**
 * Every request to the gateway's API counts against its client's quota ({@link RateLimits}): a
 * signed-in caller by name, an anonymous one by address (the listener's peer; behind a proxy, turn
 * on the listener's {@code proxy-address-forwarding} so that it is the client's). Over the quota the
 * answer is 429, a problem document with {@code Retry-After}; every answer says where the client
 * stands in the {@code RateLimit-Policy} and {@code RateLimit} headers (IETF draft
 * draft-ietf-httpapi-ratelimit-headers).
 */
@Provider
@Priority(Priorities.USER)
public class RateLimitFilter implements ContainerRequestFilter, ContainerResponseFilter {

    private static final String VERDICT = RateLimitFilter.class.getName() + ".verdict";

    @Inject
    RateLimits limits;

    @Context
    HttpServletRequest servletRequest;

    @Override
    public void filter(ContainerRequestContext request) {
        Principal caller = request.getSecurityContext().getUserPrincipal();
        String client = caller != null ? "caller " + caller.getName() : "address " + servletRequest.getRemoteAddr();
        Verdict verdict = limits.take(client, placing(request));
        request.setProperty(VERDICT, verdict);
        if (!verdict.allowed()) {
            request.abortWith(Response.fromResponse(Problems.response(
                            429,
                            "Too Many Requests",
                            "More than " + verdict.policy().quota() + " "
                                    + verdict.policy().name() + " in "
                                    + verdict.policy().window().toSeconds() + " s from this client: try again in "
                                    + verdict.retryAfterSeconds() + " s."))
                    .header("Retry-After", verdict.retryAfterSeconds())
                    .build());
        }
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (request.getProperty(VERDICT) instanceof Verdict verdict) {
            MultivaluedMap<String, Object> headers = response.getHeaders();
            String name = "\"" + verdict.policy().name() + "\"";
            headers.putSingle(
                    "RateLimit-Policy",
                    name + ";q=" + verdict.policy().quota() + ";w="
                            + verdict.policy().window().toSeconds());
            headers.putSingle("RateLimit", name + ";r=" + verdict.remaining() + ";t=" + verdict.secondsToFull());
        }
    }

    /** Placing an order: {@code POST /api/orders}. */
    private static boolean placing(ContainerRequestContext request) {
        return HttpMethod.POST.equals(request.getMethod())
                && "orders".equals(request.getUriInfo().getPath().replaceAll("^/+|/+$", ""));
    }
}
