package dev.courier.gateway.downstream.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CompletionException;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;
import org.junit.jupiter.api.Test;

class CircuitsTest {

    private final Circuits circuits = new Circuits();

    @Test
    void aKnownCircuitShowsClosedBeforeItsFirstCall() {
        circuits.known("order-service");

        assertThat(circuits.all()).containsOnlyKeys("order-service");
        assertThat(circuits.all().get("order-service").state()).isEqualTo("CLOSED");
    }

    @Test
    void aCallRefusedAsOpenOpensItAndAnAnswerClosesIt() {
        circuits.known("inventory-service");

        circuits.observe("inventory-service").accept(null, new CompletionException(new CircuitBreakerOpenException()));
        assertThat(circuits.all().get("inventory-service").state()).isEqualTo("OPEN");

        circuits.<String>observe("inventory-service").accept("an answer", null);
        assertThat(circuits.all().get("inventory-service").state()).isEqualTo("CLOSED");
    }

    @Test
    void aRefusalOfTheRequestAlsoMeansTheCircuitIsClosed() {
        circuits.observe("order-service").accept(null, new CircuitBreakerOpenException());

        circuits.observe("order-service").accept(null, new DownstreamRejected(404, null));

        assertThat(circuits.all().get("order-service").state()).isEqualTo("CLOSED");
    }

    @Test
    void aFailureSaysNothingAboutTheCircuitUntilTheBreakerDecides() {
        circuits.known("order-service");
        var before = circuits.all().get("order-service");

        circuits.observe("order-service").accept(null, new TimeoutException());

        assertThat(circuits.all().get("order-service")).isEqualTo(before);
    }

    @Test
    void theCircuitsAreListedByName() {
        circuits.known("order-service");
        circuits.known("inventory-service");

        assertThat(circuits.all().keySet()).containsExactly("inventory-service", "order-service");
    }
}
