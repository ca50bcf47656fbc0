package dev.revnas.translate.access;

import io.github.bucket4j.TimeMeter;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/** The rate limits' clock, moved by the test instead of waiting a minute. */
final class ManualClock implements TimeMeter {
    private final AtomicLong nanos = new AtomicLong();

    @Override
    public long currentTimeNanos() {
        return nanos.get();
    }

    @Override
    public boolean isWallClockBased() {
        return false;
    }

    void advance(Duration d) {
        nanos.addAndGet(d.toNanos());
    }

    /** Put it in the context (@Import): RateLimits takes a TimeMeter bean where there is one. */
    @TestConfiguration
    static class Config {
        @Bean
        ManualClock rateLimitClock() {
            return new ManualClock();
        }
    }
}
