package dev.revnas.translate.access;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.revnas.translate.system.TranslateProperties;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.TimeMeter;
import java.time.Duration;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Per-caller budgets of translation requests, as LibreTranslate limits them: one Bucket4j token bucket per API
 * key the service accepted, else per client address, holding a minute's requests and refilling continuously.
 * The clock is Bucket4j's nanosecond clock unless the context has a {@link TimeMeter} (tests move one by hand).
 */
@Component
public class RateLimits {
    private final TranslateProperties.RateLimit limit;
    private final TimeMeter clock;
    /** A bucket left alone for a minute is full again, so one idle for two can go: callers cannot grow the map for ever. */
    private final Cache<String, Bucket> buckets = Caffeine.newBuilder().expireAfterAccess(Duration.ofMinutes(2)).maximumSize(100_000).build();

    public RateLimits(TranslateProperties properties, ObjectProvider<TimeMeter> clock) {
        this.limit = properties.rateLimit();
        this.clock = clock.getIfAvailable(() -> TimeMeter.SYSTEM_NANOTIME);
    }

    /**
     * Counts one request against the budget of {@code key} (an API key the service accepted), or of {@code address}
     * when there is none.
     *
     * @throws RateLimitedException when that budget is spent
     */
    public void admit(String key, String address) {
        int perMinute = key != null ? limit.perKey() : limit.perAddress();
        if (perMinute == 0) {
            return;
        }
        String caller = key != null ? "key " + key : "address " + address;
        ConsumptionProbe probe = buckets.get(caller, c -> bucket(perMinute)).tryConsumeAndReturnRemaining(1);
        if (!probe.isConsumed()) {
            long seconds = Math.max(1, (probe.getNanosToWaitForRefill() + 999_999_999) / 1_000_000_000);
            throw new RateLimitedException(perMinute, key != null ? "this API key" : "address " + address, seconds);
        }
    }

    private Bucket bucket(int perMinute) {
        return Bucket.builder().addLimit(l -> l.capacity(perMinute).refillGreedy(perMinute, Duration.ofMinutes(1)))
                .withCustomTimePrecision(clock).build();
    }
}
