package org.emend.access;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;

/**
 * A token bucket per API token (Bucket4j): {@code emend.api.rate-limit.per-minute} requests a
 * minute, refilled gradually; 0 turns limiting off. Buckets live in this process: with several
 * replicas each grants the limit on its own.
 */
@ApplicationScoped
public class RateLimits {

    private final int perMinute;
    private final Map<UUID, Bucket> buckets = new ConcurrentHashMap<>();

    RateLimits(@ConfigProperty(name = "emend.api.rate-limit.per-minute") int perMinute) {
        this.perMinute = perMinute;
    }

    /** Takes one request from the token's allowance; returns 0, or the seconds to wait. */
    long tryAcquire(UUID tokenId) {
        if (perMinute <= 0) {
            return 0;
        }
        Bucket bucket = buckets.computeIfAbsent(tokenId, id -> Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(perMinute).refillGreedy(perMinute, Duration.ofMinutes(1)).build())
                .build());
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        return probe.isConsumed() ? 0 : Math.max(1, (probe.getNanosToWaitForRefill() + 999_999_999L) / 1_000_000_000L);
    }
}
