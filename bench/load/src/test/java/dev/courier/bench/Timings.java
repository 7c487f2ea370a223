package dev.courier.bench;

import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.responseTimeInMillis;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.CheckBuilder;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * The response times Gatling measured, per request name, kept for the machine-readable report
 * (Gatling's own statistics go into its HTML report only): each request saves its response time
 * in the session, and the next step records it with the moment it ended and whether it failed.
 */
final class Timings {

    private record Sample(long endedAt, int millis, boolean failed) {}

    /** The first check of a timed request: saves the response time Gatling measured. */
    static final CheckBuilder TIMED = responseTimeInMillis().saveAs("responseTime");

    private final Map<String, Queue<Sample>> samples = new ConcurrentHashMap<>();

    /** The step after a request checked with {@link #TIMED} first: records its response time under {@code name}. */
    ChainBuilder record(String name) {
        return exec(session -> {
            if (session.contains("responseTime")) {
                samples.computeIfAbsent(name, ignored -> new ConcurrentLinkedQueue<>())
                        .add(new Sample(
                                System.currentTimeMillis(), session.getInt("responseTime"), session.isFailed()));
            }
            return session.remove("responseTime").markAsSucceeded();
        });
    }

    /** Per request name: count, failed, requests per second over its span, percentiles in ms. */
    Map<String, Object> figures() {
        Map<String, Object> all = new LinkedHashMap<>();
        samples.forEach((name, queue) -> {
            List<Sample> list = new ArrayList<>(queue);
            List<Integer> millis =
                    new ArrayList<>(list.stream().map(Sample::millis).toList());
            Collections.sort(millis);
            long first = list.stream()
                    .mapToLong(sample -> sample.endedAt() - sample.millis())
                    .min()
                    .orElse(0);
            long last = list.stream().mapToLong(Sample::endedAt).max().orElse(0);
            Map<String, Object> figures = new LinkedHashMap<>();
            figures.put("count", list.size());
            figures.put("failed", list.stream().filter(Sample::failed).count());
            figures.put("from", first); // epoch ms: the first request's start and the last one's end
            figures.put("to", last);
            figures.put("seconds", Math.max(1, last - first) / 1000.0);
            figures.put("perSecond", list.size() / (Math.max(1, last - first) / 1000.0));
            figures.put("p50", percentile(millis, 50));
            figures.put("p90", percentile(millis, 90));
            figures.put("p99", percentile(millis, 99));
            figures.put("p999", percentile(millis, 99.9));
            figures.put("max", millis.isEmpty() ? 0 : millis.get(millis.size() - 1));
            all.put(name, figures);
        });
        return all;
    }

    static long percentile(List<? extends Number> sorted, double p) {
        return sorted.isEmpty()
                ? 0
                : sorted.get((int) Math.max(0, Math.min(sorted.size() - 1, Math.ceil(p / 100 * sorted.size()) - 1)))
                        .longValue();
    }
}
