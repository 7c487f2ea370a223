package dev.courier.gateway.downstream.control;

import static org.assertj.core.api.Assertions.assertThat;

import dev.courier.support.problem.Problem;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Response;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import org.eclipse.microprofile.faulttolerance.exceptions.BulkheadException;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;
import org.junit.jupiter.api.Test;

class DownstreamFailuresTest {

    @Test
    void theReasonShownInDegradedNamesWhatWentWrong() {
        assertThat(DownstreamFailures.reason(new TimeoutException())).isEqualTo("timeout");
        assertThat(DownstreamFailures.reason(new CircuitBreakerOpenException())).isEqualTo("circuit open");
        assertThat(DownstreamFailures.reason(new BulkheadException())).isEqualTo("too busy");
        assertThat(DownstreamFailures.reason(new DownstreamRejected(404, null))).isEqualTo("not found");
        assertThat(DownstreamFailures.reason(new DownstreamRejected(409, null))).isEqualTo("refused (409)");
        assertThat(DownstreamFailures.reason(new DownstreamUnavailable(503))).isEqualTo("error");
        assertThat(DownstreamFailures.reason(new ProcessingException("connection refused")))
                .isEqualTo("error");
    }

    @Test
    void theReasonIsThatOfTheCauseInsideAnAsynchronousCallsWrappers() {
        assertThat(DownstreamFailures.reason(new CompletionException(new TimeoutException())))
                .isEqualTo("timeout");
        assertThat(DownstreamFailures.reason(
                        new ExecutionException(new CompletionException(new CircuitBreakerOpenException()))))
                .isEqualTo("circuit open");
    }

    @Test
    void onlyADownstreamsFailureMayBeCoveredByAPartialAnswer() {
        assertThat(DownstreamFailures.isDownstreamFailure(new TimeoutException()))
                .isTrue();
        assertThat(DownstreamFailures.isDownstreamFailure(new CircuitBreakerOpenException()))
                .isTrue();
        assertThat(DownstreamFailures.isDownstreamFailure(new BulkheadException()))
                .isTrue();
        assertThat(DownstreamFailures.isDownstreamFailure(new ProcessingException("reset")))
                .isTrue();
        assertThat(DownstreamFailures.isDownstreamFailure(new DownstreamRejected(404, null)))
                .isTrue();
        assertThat(DownstreamFailures.isDownstreamFailure(new CompletionException(new DownstreamUnavailable(500))))
                .isTrue();
        // the gateway's own faults are never hidden in degraded
        assertThat(DownstreamFailures.isDownstreamFailure(new NullPointerException()))
                .isFalse();
        assertThat(DownstreamFailures.isDownstreamFailure(new CompletionException(new IllegalStateException())))
                .isFalse();
    }

    @Test
    void aDownstreamsProblemDocumentIsPassedOnAsItCame() {
        JsonObject problem = Json.createObjectBuilder()
                .add("title", "Unknown product")
                .add("status", 422)
                .build();

        Response response = DownstreamFailures.toResponse("order service", new DownstreamRejected(422, problem));

        assertThat(response.getStatus()).isEqualTo(422);
        assertThat(response.getMediaType()).hasToString(Problem.MEDIA_TYPE);
        assertThat(response.getEntity()).isEqualTo(problem);
    }

    @Test
    void aDownstreamsRefusalWithoutABodyIsAProblemOfTheSameStatus() {
        Response response = DownstreamFailures.toResponse("order service", new DownstreamRejected(404, null));

        assertThat(response.getStatus()).isEqualTo(404);
        assertThat(response.getEntity()).isInstanceOfSatisfying(Problem.class, problem -> {
            assertThat(problem.title()).isEqualTo("Not Found");
            assertThat(problem.detail()).isEqualTo("The order service refused the request.");
        });
    }

    @Test
    void aDownstreamThatCannotAnswerIsA503WithRetryAfter() {
        for (Throwable failure : new Throwable[] {
            new TimeoutException(), new CircuitBreakerOpenException(), new DownstreamUnavailable(502)
        }) {
            Response response = DownstreamFailures.toResponse("inventory service", failure);

            assertThat(response.getStatus()).isEqualTo(503);
            assertThat(response.getHeaderString("Retry-After")).isEqualTo(DownstreamFailures.RETRY_AFTER_SECONDS);
            assertThat(response.getEntity())
                    .isInstanceOfSatisfying(
                            Problem.class,
                            problem -> assertThat(problem.detail())
                                    .startsWith("The inventory service cannot answer right now (")
                                    .doesNotContain("Exception"));
        }
    }

    @Test
    void theGatewaysOwnFaultIsA500NotA503() {
        Response response = DownstreamFailures.toResponse("order service", new IllegalStateException("bug"));

        assertThat(response.getStatus()).isEqualTo(500);
        assertThat(response.getHeaderString("Retry-After")).isNull();
        assertThat(response.getEntity())
                .isInstanceOfSatisfying(
                        Problem.class, problem -> assertThat(problem.detail()).doesNotContain("bug"));
    }
}
