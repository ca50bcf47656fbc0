package dev.revnas.worker.system;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code revnas.jobs.*}, shared with api-service.
 *
 * @param maxAttempts caps every job's own max_attempts (api-service stores this same setting in each row)
 */
@ConfigurationProperties("revnas.jobs")
public record JobsProperties(Integer maxAttempts) {

    public JobsProperties {
        maxAttempts = maxAttempts != null ? maxAttempts : 3;
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("revnas.jobs.max-attempts is " + maxAttempts + "; it must be at least 1");
        }
    }

    /** The attempts a job gets: its own limit, never more than this process allows. */
    public int limitFor(int jobMaxAttempts) {
        return Math.min(jobMaxAttempts, maxAttempts);
    }
}
