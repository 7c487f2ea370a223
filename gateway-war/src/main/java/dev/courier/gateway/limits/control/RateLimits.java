package dev.courier.gateway.limits.control;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * How many requests each client may send to the gateway: a token bucket per client (Bucket4j)
 * holding {@code courier.gateway.rate-limit.requests} per {@code courier.gateway.rate-limit.window},
 * refilled evenly, and for placing orders a tighter one of its own
 * ({@code courier.gateway.rate-limit.placements}). A client is a signed-in caller, or the address
 * of an anonymous one. The buckets live in this server's memory (Caffeine), one per client seen in
 * the last window: a bucket untouched for a whole window is full again, and is dropped.
 */
@ApplicationScoped
public class RateLimits {

    /** What a client may do next: allowed or not, under which policy, and what is left of it. */
    public record Verdict(boolean allowed, Policy policy, long remaining, long secondsToFull, long retryAfterSeconds) {}

    /** A limit by name, as the RateLimit headers show it. */
    public record Policy(String name, long quota, Duration window) {}

    @Inject
    @ConfigProperty(name = "courier.gateway.rate-limit.requests", defaultValue = "600")
    long requests;

    @Inject
    @ConfigProperty(name = "courier.gateway.rate-limit.placements", defaultValue = "60")
    long placements;

    @Inject
    @ConfigProperty(name = "courier.gateway.rate-limit.window", defaultValue = "PT1M")
    Duration window;

    @Inject
    @ConfigProperty(name = "courier.gateway.rate-limit.max-clients", defaultValue = "100000")
    long maxClients;

    private Policy requestPolicy;
    private Policy placementPolicy;
    private Cache<String, Bucket> requestBuckets;
    private Cache<String, Bucket> placementBuckets;

    @PostConstruct
    void buckets() {
        requestPolicy = new Policy("requests", requests, window);
        placementPolicy = new Policy("placements", placements, window);
        requestBuckets = cache();
        placementBuckets = cache();
    }

    private Cache<String, Bucket> cache() {
        return Caffeine.newBuilder()
                .expireAfterAccess(window)
                .maximumSize(maxClients)
                .build();
    }

    /** Takes one request of {@code client}'s quota; a placement also one of its placements'. */
    public Verdict take(String client, boolean placing) {
        if (placing) {
            Verdict placement = take(placementBuckets, placementPolicy, client);
            if (!placement.allowed()) {
                return placement;
            }
        }
        return take(requestBuckets, requestPolicy, client);
    }

    private static Verdict take(Cache<String, Bucket> buckets, Policy policy, String client) {
        Bucket bucket = buckets.get(
                client,
                ignored -> Bucket.builder()
                        .addLimit(Bandwidth.builder()
                                .capacity(policy.quota())
                                .refillGreedy(policy.quota(), policy.window())
                                .build())
                        .build());
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        return new Verdict(
                probe.isConsumed(),
                policy,
                probe.getRemainingTokens(),
                seconds(probe.getNanosToWaitForReset()),
                Math.max(1, seconds(probe.getNanosToWaitForRefill())));
    }

    private static long seconds(long nanos) {
        return (nanos + 999_999_999L) / 1_000_000_000L;
    }
}
