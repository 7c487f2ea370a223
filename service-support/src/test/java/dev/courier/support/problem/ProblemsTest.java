package dev.courier.support.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ProblemsTest {

    @Test
    void aTitleIsTheStatusReasonPhraseOrAGenericOne() {
        assertThat(Problems.title(404)).isEqualTo("Not Found");
        assertThat(Problems.title(503)).isEqualTo("Service Unavailable");
        assertThat(Problems.title(422)).isEqualTo("Client Error");
        assertThat(Problems.title(599)).isEqualTo("Server Error");
    }

    @Test
    void aResponseIsAProblemDocumentWithItsStatusAndAFreshInstance() {
        var first = Problems.response(409, "Conflict", "The name is taken.");
        var second = Problems.response(409, "Conflict", "The name is taken.");

        assertThat(first.getStatus()).isEqualTo(409);
        assertThat(first.getMediaType()).hasToString(Problem.MEDIA_TYPE);
        assertThat(first.getEntity()).isInstanceOfSatisfying(Problem.class, problem -> {
            assertThat(problem.type()).isEqualTo("about:blank");
            assertThat(problem.title()).isEqualTo("Conflict");
            assertThat(problem.status()).isEqualTo(409);
            assertThat(problem.detail()).isEqualTo("The name is taken.");
            assertThat(problem.instance()).startsWith("urn:uuid:");
            assertThat(problem.errors()).isNull();
        });
        assertThat(((Problem) first.getEntity()).instance()).isNotEqualTo(((Problem) second.getEntity()).instance());
    }

    @Test
    void aRejectedRequestNamesItsInvalidFields() {
        var response = Problems.response(
                400,
                "Bad Request",
                "Invalid fields.",
                List.of(new Problem.FieldError("products[0].quantity", "must be greater than 0")));

        assertThat(((Problem) response.getEntity()).errors())
                .containsExactly(new Problem.FieldError("products[0].quantity", "must be greater than 0"));
    }
}
