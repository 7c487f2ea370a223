package dev.courier.support.problem;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ws.rs.core.Response;
import org.junit.jupiter.api.Test;

class OutagesTest {

    @Test
    void everyServerErrorIsAnOutage() {
        for (int status : new int[] {500, 502, 503, 504, 599}) {
            assertThat(Outages.isOutage(Response.status(status).build()))
                    .as("status %d", status)
                    .isTrue();
            assertThat(Outages.isOutage(
                            Response.status(status).type(Problem.MEDIA_TYPE).build()))
                    .as("status %d with a problem document", status)
                    .isTrue();
        }
    }

    @Test
    void aRefusalOfTheCallersOwnCredentialsIsAnOutageOfTheSetup() {
        assertThat(Outages.isOutage(
                        Response.status(401).type(Problem.MEDIA_TYPE).build()))
                .isTrue();
        assertThat(Outages.isOutage(Response.status(403).build())).isTrue();
    }

    @Test
    void aNotFoundFromTheServerInFrontIsAnOutageButTheCalleesOwnIsNot() {
        assertThat(Outages.isOutage(Response.status(404).type("text/html").build()))
                .isTrue();
        assertThat(Outages.isOutage(Response.status(404).build())).isTrue();
        assertThat(Outages.isOutage(
                        Response.status(404).type(Problem.MEDIA_TYPE).build()))
                .isFalse();
    }

    @Test
    void aRequestTheCalleeRefusesIsNoOutage() {
        for (int status : new int[] {400, 409, 413, 415, 422, 429}) {
            assertThat(Outages.isOutage(
                            Response.status(status).type(Problem.MEDIA_TYPE).build()))
                    .as("status %d", status)
                    .isFalse();
        }
    }

    @Test
    void aProblemDocumentIsToldByItsMediaTypeWhateverItsParameters() {
        assertThat(Outages.isProblem(
                        Response.status(400).type(Problem.MEDIA_TYPE).build()))
                .isTrue();
        assertThat(Outages.isProblem(Response.status(400)
                        .type("application/problem+json; charset=UTF-8")
                        .build()))
                .isTrue();
        assertThat(Outages.isProblem(
                        Response.status(400).type("application/json").build()))
                .isFalse();
        assertThat(Outages.isProblem(Response.status(400).build())).isFalse();
    }
}
