package dev.courier.order.orders.control;

import static org.assertj.core.api.Assertions.assertThat;

import dev.courier.support.problem.Problem;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.Response;
import org.junit.jupiter.api.Test;

class CatalogErrorsTest {

    private final CatalogErrors errors = new CatalogErrors();

    @Test
    void onlyErrorAnswersBecomeExceptions() {
        assertThat(errors.handles(200, new MultivaluedHashMap<>())).isFalse();
        assertThat(errors.handles(399, new MultivaluedHashMap<>())).isFalse();
        assertThat(errors.handles(400, new MultivaluedHashMap<>())).isTrue();
        assertThat(errors.handles(503, new MultivaluedHashMap<>())).isTrue();
    }

    @Test
    void aCatalogOutOfServiceIsUnavailableAndSoRetriedAndCounted() {
        assertThat(errors.toThrowable(Response.status(503).build())).isInstanceOf(CatalogUnavailable.class);
        assertThat(errors.toThrowable(
                        Response.status(500).type(Problem.MEDIA_TYPE).build()))
                .isInstanceOf(CatalogUnavailable.class);
        // its server answered: the inventory service is not deployed there
        assertThat(errors.toThrowable(Response.status(404).type("text/html").build()))
                .isInstanceOf(CatalogUnavailable.class);
        // this service's own credentials were refused: a fault of the setup
        assertThat(errors.toThrowable(Response.status(401).build())).isInstanceOf(CatalogUnavailable.class);
        assertThat(errors.toThrowable(Response.status(403).build())).isInstanceOf(CatalogUnavailable.class);
    }

    @Test
    void aRequestTheCatalogRefusesIsRejectedAndNeverRetried() {
        assertThat(errors.toThrowable(
                        Response.status(400).type(Problem.MEDIA_TYPE).build()))
                .isInstanceOf(CatalogRejected.class);
        assertThat(errors.toThrowable(
                        Response.status(404).type(Problem.MEDIA_TYPE).build()))
                .isInstanceOf(CatalogRejected.class);
    }
}
