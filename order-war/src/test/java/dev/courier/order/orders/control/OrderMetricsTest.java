package dev.courier.order.orders.control;

import static org.assertj.core.api.Assertions.assertThat;

import dev.courier.order.orders.entity.CancellationReason;
import dev.courier.order.orders.entity.OrderStatus;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class OrderMetricsTest {

    private final OrderMetrics metrics = new OrderMetrics();
    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();

    @BeforeEach
    void register() {
        metrics.meters = meters;
        metrics.register();
    }

    @Test
    void aPlacementCountsAsPlacedAndNothingElse() {
        metrics.committed(new OrderMetrics.Moved(OrderStatus.PENDING, null, Instant.now()));

        assertThat(meters.get("courier.orders.placed").counter().count()).isEqualTo(1);
        assertThat(meters.find("courier.orders.settled").counters()).isEmpty();
    }

    @Test
    void aSettledOrderCountsByStatusAndReasonAndInEveryBucketItsTimeFits() {
        Instant placed = Instant.now().minus(Duration.ofMillis(300));

        metrics.committed(new OrderMetrics.Moved(OrderStatus.PROCESSED, null, placed));
        metrics.committed(new OrderMetrics.Moved(OrderStatus.CANCELLED, CancellationReason.OUT_OF_STOCK, placed));

        assertThat(settled("PROCESSED", "none")).isEqualTo(1);
        assertThat(settled("CANCELLED", "OUT_OF_STOCK")).isEqualTo(1);
        assertThat(within("PROCESSED", "0.25")).isZero();
        assertThat(meters.find("courier.orders.settled.within")
                        .tag("status", "PROCESSED")
                        .counters())
                .as("every bucket, the empty ones too")
                .hasSize(OrderMetrics.SETTLE_BUCKETS.length + 1);
        assertThat(within("PROCESSED", "0.5")).isEqualTo(1);
        assertThat(within("PROCESSED", "1800.0")).isEqualTo(1);
        assertThat(within("PROCESSED", "+Inf")).isEqualTo(1);
        assertThat(meters.get("courier.orders.time.to.settle")
                        .tag("status", "PROCESSED")
                        .timer()
                        .count())
                .isEqualTo(1);
    }

    @Test
    void theGaugeShowsTheLastCountOfOrdersNeedingAttention() {
        metrics.needingAttention(3);

        assertThat(meters.get("courier.orders.needing.attention").gauge().value())
                .isEqualTo(3);
        metrics.unregister();
        assertThat(meters.find("courier.orders.needing.attention").gauge()).isNull();
    }

    private double settled(String status, String reason) {
        return meters.get("courier.orders.settled")
                .tag("status", status)
                .tag("reason", reason)
                .counter()
                .count();
    }

    private double within(String status, String bound) {
        var counter = meters.find("courier.orders.settled.within")
                .tag("status", status)
                .tag("le", bound)
                .counter();
        return counter == null ? 0 : counter.count();
    }
}
