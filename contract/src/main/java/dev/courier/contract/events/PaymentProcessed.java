package dev.courier.contract.events;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * The payment service charged or declined an order (queue {@code payment.processed}, payment →
 * inventory). Carries the lines so that inventory can reserve them without asking back.
 */
public record PaymentProcessed(
        UUID eventId,
        UUID orderId,
        UUID correlationId,
        Instant occurredAt,
        UUID userId,
        PaymentOutcome outcome,
        UUID paymentId,
        BigDecimal amount,
        String declineReason,
        List<OrderLine> lines)
        implements ChainEvent {

    public static final String TYPE = "PaymentProcessed";
    public static final int VERSION = 1;

    public PaymentProcessed {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(orderId, "orderId");
        Objects.requireNonNull(correlationId, "correlationId");
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(outcome, "outcome");
        if (outcome == PaymentOutcome.CHARGED) {
            Objects.requireNonNull(paymentId, "paymentId");
            Objects.requireNonNull(amount, "amount");
        }
        lines = List.copyOf(Objects.requireNonNull(lines, "lines"));
    }
}
