package dev.courier.gateway.downstream.control;

/** A downstream service failed (5xx): worth a retry, and counted by its circuit breaker. */
public class DownstreamUnavailable extends RuntimeException {

    public DownstreamUnavailable(int status) {
        super("downstream answered " + status, null, false, false);
    }
}
