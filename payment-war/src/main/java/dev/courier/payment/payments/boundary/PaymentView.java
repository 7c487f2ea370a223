package dev.courier.payment.payments.boundary;

import dev.courier.payment.payments.entity.Payment;
import dev.courier.payment.payments.entity.PaymentKind;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** A charge or refund as the API shows it. */
public record PaymentView(UUID id, UUID orderId, UUID userId, PaymentKind kind, BigDecimal amount, Instant createdAt) {

    static PaymentView of(Payment payment) {
        return new PaymentView(
                payment.id(),
                payment.orderId(),
                payment.userId(),
                payment.kind(),
                payment.amount(),
                payment.createdAt());
    }
}
