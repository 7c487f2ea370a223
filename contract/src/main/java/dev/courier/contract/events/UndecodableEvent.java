package dev.courier.contract.events;

/** A message that is not the event its queue carries: wrong type or version, or not a whole event. */
public class UndecodableEvent extends RuntimeException {

    public UndecodableEvent(String message) {
        super(message);
    }

    public UndecodableEvent(String message, Throwable cause) {
        super(message, cause);
    }
}
