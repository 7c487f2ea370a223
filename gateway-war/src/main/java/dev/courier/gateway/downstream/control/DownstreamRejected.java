package dev.courier.gateway.downstream.control;

import jakarta.json.JsonObject;

/** A downstream service refused the request (4xx): the caller's fault, passed on, never retried. */
public class DownstreamRejected extends RuntimeException {

    private final int status;
    private final transient JsonObject problem;

    public DownstreamRejected(int status, JsonObject problem) {
        super("downstream answered " + status, null, false, false);
        this.status = status;
        this.problem = problem;
    }

    public int status() {
        return status;
    }

    /** The downstream's problem body, or null when it sent none. */
    public JsonObject problem() {
        return problem;
    }
}
