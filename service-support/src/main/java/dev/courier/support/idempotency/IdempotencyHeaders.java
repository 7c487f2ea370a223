package dev.courier.support.idempotency;

/**
 * The headers of a placement that is safe to repeat (IETF draft "The Idempotency-Key HTTP Header
 * Field"): the gateway passes them on, the order service acts on them.
 */
public final class IdempotencyHeaders {

    /** Request: the client's key for one order; a repetition with it places nothing more. */
    public static final String IDEMPOTENCY_KEY = "Idempotency-Key";

    /** Response: {@code true} when the answer is the order placed before with the same key. */
    public static final String REPLAYED = "Idempotent-Replayed";

    private IdempotencyHeaders() {}
}
