package dev.courier.payment.payments.entity;

/** What a payment did to an account. */
public enum PaymentKind {
    /** money taken for an order */
    CHARGE,
    /** money given back for an order that could not be completed */
    REFUND
}
