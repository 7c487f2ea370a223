package dev.courier.contract.events;

/** What the inventory service did with an order's lines. */
public enum StockOutcome {
    /** every line was taken from stock */
    RESERVED,
    /** some line could not be served: nothing was taken */
    REJECTED,
    /** the payment was declined, so stock was not touched */
    NOT_ATTEMPTED
}
