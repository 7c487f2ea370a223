package dev.courier.support.security;

import dev.courier.support.problem.Problem;
import dev.courier.support.problem.Problems;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The body of the container's refusals: a caller without valid credentials (401) or without the
 * role an API requires (403) gets a problem document like every other error, not the server's
 * HTML page; the detail says what to send (a bearer token at the gateway, a service's password
 * elsewhere: the challenge tells which). Mapped as the error page of those two codes (META-INF/web-fragment.xml); the
 * container keeps its {@code WWW-Authenticate} challenge.
 */
public class AccessProblemServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    /**
     * The context parameter with the challenge of a WAR whose authentication mechanism sends none
     * with its 401 (MicroProfile JWT's), e.g. {@code Bearer realm="Courier"} in the gateway's web.xml.
     */
    public static final String CHALLENGE_PARAMETER = "dev.courier.access.challenge";

    private static final String CHALLENGE_HEADER = "WWW-Authenticate";

    /** The same record and JSON-B mapping (nulls left out) as every other problem answer. */
    private static final Jsonb JSON = JsonbBuilder.create();

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = code instanceof Integer value ? value : HttpServletResponse.SC_NOT_FOUND;
        String challenge = response.getHeader(CHALLENGE_HEADER);
        String ownChallenge = getServletContext().getInitParameter(CHALLENGE_PARAMETER);
        if (status == HttpServletResponse.SC_UNAUTHORIZED && challenge == null && ownChallenge != null) {
            // RFC 6750: a request that sent a token is told that the token is what is wrong
            challenge = request.getHeader("Authorization") == null
                    ? ownChallenge
                    : ownChallenge + ", error=\"invalid_token\"";
            response.setHeader(CHALLENGE_HEADER, challenge);
        }
        boolean bearer = challenge != null && challenge.startsWith("Bearer");
        String detail = switch (status) {
            case HttpServletResponse.SC_UNAUTHORIZED ->
                bearer
                        ? "Sign in: send a valid bearer token of Courier's identity provider (Authorization: Bearer ...)."
                        : "This API is for Courier's own services: send a service's credentials (HTTP Basic).";
            case HttpServletResponse.SC_FORBIDDEN -> "These credentials do not carry the role this API requires.";
            default -> "There is nothing at this address.";
        };
        Problem problem =
                new Problem("about:blank", Problems.title(status), status, detail, Problems.newInstance(), null);
        response.setStatus(status);
        response.setContentType(Problem.MEDIA_TYPE);
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(JSON.toJson(problem));
    }
}
