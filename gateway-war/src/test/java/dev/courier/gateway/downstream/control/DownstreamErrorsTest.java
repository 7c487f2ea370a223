package dev.courier.gateway.downstream.control;

import static org.assertj.core.api.Assertions.assertThat;

import dev.courier.support.problem.Problem;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.Response;
import org.junit.jupiter.api.Test;

class DownstreamErrorsTest {

    private final DownstreamErrors errors = new DownstreamErrors();

    @Test
    void onlyErrorAnswersBecomeExceptions() {
        assertThat(errors.handles(204, new MultivaluedHashMap<>())).isFalse();
        assertThat(errors.handles(400, new MultivaluedHashMap<>())).isTrue();
        assertThat(errors.handles(504, new MultivaluedHashMap<>())).isTrue();
    }

    @Test
    void aDownstreamOutOfServiceIsUnavailable() {
        assertThat(errors.toThrowable(Response.status(500).build())).isInstanceOf(DownstreamUnavailable.class);
        assertThat(errors.toThrowable(Response.status(403).build())).isInstanceOf(DownstreamUnavailable.class);
        assertThat(errors.toThrowable(Response.status(404).type("text/html").build()))
                .isInstanceOf(DownstreamUnavailable.class);
    }

    @Test
    void aRefusalKeepsItsStatus() {
        assertThat(errors.toThrowable(
                        Response.status(404).type(Problem.MEDIA_TYPE).build()))
                .isInstanceOfSatisfying(DownstreamRejected.class, rejected -> {
                    assertThat(rejected.status()).isEqualTo(404);
                    assertThat(rejected.problem()).isNull();
                });
        assertThat(errors.toThrowable(
                        Response.status(422).type(Problem.MEDIA_TYPE).build()))
                .isInstanceOfSatisfying(
                        DownstreamRejected.class,
                        rejected -> assertThat(rejected.status()).isEqualTo(422));
    }
}
