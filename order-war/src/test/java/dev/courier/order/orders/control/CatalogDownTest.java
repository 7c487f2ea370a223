package dev.courier.order.orders.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.courier.support.problem.ProblemException;
import jakarta.ws.rs.ProcessingException;
import java.lang.reflect.Method;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.stream.IntStream;
import org.eclipse.microprofile.faulttolerance.ExecutionContext;
import org.eclipse.microprofile.faulttolerance.exceptions.BulkheadException;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CatalogDownTest {

    private final Logger log = Logger.getLogger(CatalogDown.class.getName());
    private final List<LogRecord> logged = new CopyOnWriteArrayList<>();
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            logged.add(record);
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
    };

    @BeforeEach
    void captureLog() {
        log.addHandler(capture);
    }

    @AfterEach
    void releaseLog() {
        log.removeHandler(capture);
    }

    @Test
    void everyFailureIsA503WithRetryAfterAndNothingPlaced() {
        for (Throwable failure : List.of(
                new CircuitBreakerOpenException(),
                new BulkheadException(),
                new ProcessingException("connection refused"),
                new CatalogUnavailable(503))) {
            ProblemException refused =
                    catchThrowableOfType(ProblemException.class, () -> new CatalogDown().handle(failed(failure)));

            assertThat(refused.status()).isEqualTo(503);
            assertThat(refused.headers()).containsEntry("Retry-After", CatalogDown.RETRY_AFTER_SECONDS);
        }
    }

    @Test
    void aRefusalIsDueForTheLogOnlyMoreThanFiveSecondsAfterTheLastOne() {
        long start = 1_000_000_000_000L;
        AtomicLong lastLogged = new AtomicLong(start - TimeUnit.MINUTES.toNanos(1));

        assertThat(CatalogDown.due(lastLogged, start)).isTrue();
        assertThat(CatalogDown.due(lastLogged, start + TimeUnit.SECONDS.toNanos(1)))
                .isFalse();
        assertThat(CatalogDown.due(lastLogged, start + TimeUnit.SECONDS.toNanos(5)))
                .isFalse();
        assertThat(CatalogDown.due(lastLogged, start + TimeUnit.SECONDS.toNanos(5) + 1))
                .isTrue();
        assertThat(lastLogged).hasValue(start + TimeUnit.SECONDS.toNanos(5) + 1);
    }

    @Test
    void ofConcurrentRefusalsOneLogs() {
        AtomicLong lastLogged = new AtomicLong(0);
        long now = TimeUnit.MINUTES.toNanos(1);

        long due = IntStream.range(0, 1_000)
                .parallel()
                .filter(i -> CatalogDown.due(lastLogged, now))
                .count();

        assertThat(due).isEqualTo(1);
    }

    @Test
    void aBurstOfRefusalsOfAnOpenBreakerOrAFullBulkheadLogsAtMostOnceEach() {
        for (int i = 0; i < 50; i++) {
            refuse(new CircuitBreakerOpenException());
            refuse(new BulkheadException());
        }

        assertThat(logged)
                .extracting(LogRecord::getMessage)
                .filteredOn(message -> message.startsWith("Catalog breaker open"))
                .hasSizeLessThanOrEqualTo(1);
        assertThat(logged)
                .extracting(LogRecord::getMessage)
                .filteredOn(message -> message.startsWith("Too many placements waiting"))
                .hasSizeLessThanOrEqualTo(1);
    }

    @Test
    void aFailedLookUpIsLoggedEveryTimeWithItsCause() {
        refuse(new CatalogUnavailable(500));
        refuse(new CatalogUnavailable(502));

        assertThat(logged)
                .hasSize(2)
                .allSatisfy(record -> assertThat(record.getLevel()).isEqualTo(Level.WARNING));
        assertThat(logged)
                .extracting(record -> String.valueOf(record.getParameters()[0]))
                .containsExactly(new CatalogUnavailable(500).toString(), new CatalogUnavailable(502).toString());
    }

    private static void refuse(Throwable failure) {
        assertThatExceptionOfType(ProblemException.class).isThrownBy(() -> new CatalogDown().handle(failed(failure)));
    }

    private static ExecutionContext failed(Throwable failure) {
        return new ExecutionContext() {
            @Override
            public Method getMethod() {
                return null;
            }

            @Override
            public Object[] getParameters() {
                return new Object[0];
            }

            @Override
            public Throwable getFailure() {
                return failure;
            }
        };
    }
}
