package dev.courier.contract.events;

/** What the payment service did with an order's total. */
public enum PaymentOutcome {
    /** the account was charged the total */
    CHARGED,
    /** nothing was charged: no account, or not enough balance */
    DECLINED
}
