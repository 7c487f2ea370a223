package dev.courier.support.security;

import dev.courier.support.problem.Problem;
import dev.courier.support.problem.Problems;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * The body of the container's refusals: a caller without valid credentials (401) or without the
 * role an API requires (403) gets a problem document like every other error, not the server's
 * HTML page; the detail says what to send (a bearer token at the gateway, a service's password
 * elsewhere: the challenge tells which). Mapped as the error page of those two codes
 * (META-INF/web-fragment.xml); the container keeps its {@code WWW-Authenticate} challenge.
 *
 * <p>A WAR that signs callers in with bearer tokens also maps 500 here (the gateway's web.xml):
 * MicroProfile JWT's mechanism (SmallRye JWT 4.3) answers a bare 500 when it finds no key to verify
 * a token with, which is either the token's fault (it names no key, {@code kid}, and the provider's
 * key set has several) or the key set's (it cannot be read). The first is a 401 like any other bad
 * token, the second a 503 with Retry-After; any other 500 stays a 500, as a problem document.
 */
public class AccessProblemServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    /**
     * The context parameter with the challenge of a WAR whose authentication mechanism sends none
     * with its 401 (MicroProfile JWT's), e.g. {@code Bearer realm="Courier"} in the gateway's web.xml.
     */
    public static final String CHALLENGE_PARAMETER = "dev.courier.access.challenge";

    private static final String CHALLENGE_HEADER = "WWW-Authenticate";
    private static final String BEARER = "Bearer ";

    /** The same record and JSON-B mapping (nulls left out) as every other problem answer. */
    private static final Jsonb JSON = JsonbBuilder.create();

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = code instanceof Integer value ? value : HttpServletResponse.SC_NOT_FOUND;
        String ownChallenge = getServletContext().getInitParameter(CHALLENGE_PARAMETER);
        String authorization = request.getHeader("Authorization");
        boolean sentToken = authorization != null && authorization.startsWith(BEARER);
        if (status == HttpServletResponse.SC_INTERNAL_SERVER_ERROR
                && ownChallenge != null
                && sentToken
                && request.getAttribute(RequestDispatcher.ERROR_EXCEPTION) == null
                && request.getUserPrincipal() == null) {
            if (namesNoKey(authorization.substring(BEARER.length()))) {
                status = HttpServletResponse.SC_UNAUTHORIZED;
            } else {
                status = HttpServletResponse.SC_SERVICE_UNAVAILABLE;
                response.setHeader("Retry-After", "5");
            }
        }
        String challenge = response.getHeader(CHALLENGE_HEADER);
        if (status == HttpServletResponse.SC_UNAUTHORIZED && challenge == null && ownChallenge != null) {
            // RFC 6750: a request that sent a token is told that the token is what is wrong
            challenge = authorization == null ? ownChallenge : ownChallenge + ", error=\"invalid_token\"";
            response.setHeader(CHALLENGE_HEADER, challenge);
        }
        boolean bearer = challenge != null && challenge.startsWith("Bearer");
        String detail = switch (status) {
            case HttpServletResponse.SC_UNAUTHORIZED ->
                bearer
                        ? "Sign in: send a valid bearer token of Courier's identity provider (Authorization: Bearer ...)."
                        : "This API is for Courier's own services: send a service's credentials (HTTP Basic).";
            case HttpServletResponse.SC_FORBIDDEN -> "These credentials do not carry the role this API requires.";
            case HttpServletResponse.SC_SERVICE_UNAVAILABLE ->
                "The identity provider's keys cannot be read right now, so no token can be verified. Try again shortly.";
            case HttpServletResponse.SC_INTERNAL_SERVER_ERROR ->
                "The server failed to answer; the cause is in its log.";
            default -> "There is nothing at this address.";
        };
        Problem problem =
                new Problem("about:blank", Problems.title(status), status, detail, Problems.newInstance(), null);
        response.setStatus(status);
        response.setContentType(Problem.MEDIA_TYPE);
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(JSON.toJson(problem));
    }

    /** Whether {@code token}'s header names no key ({@code kid}), or is no JWS header at all. */
    static boolean namesNoKey(String token) {
        int dot = token.indexOf('.');
        if (dot <= 0) {
            return true;
        }
        try (JsonReader reader = Json.createReader(new StringReader(
                new String(Base64.getUrlDecoder().decode(token.substring(0, dot)), StandardCharsets.UTF_8)))) {
            JsonObject header = reader.readObject();
            return !header.containsKey("kid");
        } catch (IllegalArgumentException | JsonException | ClassCastException notAHeader) {
            return true;
        }
    }
}
