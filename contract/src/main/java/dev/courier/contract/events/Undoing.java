package dev.courier.contract.events;

/** What a step of the chain did when it was asked to undo its part of an expired order. */
public enum Undoing {
    /** it had done its part, and gave it back now (a refund, stock put back) */
    UNDONE,
    /** there was nothing to give back: it had not done its part, or had given it back before */
    NOTHING_TO_UNDO
}
