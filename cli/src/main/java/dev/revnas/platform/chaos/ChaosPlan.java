package dev.revnas.platform.chaos;

import dev.revnas.InvalidInputException;
import java.time.Duration;

/**
 * What a chaos run does, fixed before it starts; everything random in it (the jobs, when and whom to kill)
 * follows from {@code seed}.
 *
 * @param workers     search-worker processes kept running (each killed one is restarted)
 * @param jobs        jobs submitted, searches and trainings mixed, every fourth the same-seed twin of the one before
 * @param kills       SIGKILLs of a random worker at a random moment
 * @param deadline    a job not finished this long after the start is lost
 * @param lease       the workers' lease; a killed worker's job waits this long before another takes it
 * @param maxAttempts attempts each job gets (above {@code kills}, kills alone cannot use up a job's attempts)
 */
public record ChaosPlan(int workers, int jobs, int kills, long seed, Duration deadline, Duration lease, int maxAttempts) {

    public ChaosPlan {
        atLeast("--workers", workers, 1);
        atLeast("--jobs", jobs, 1);
        atLeast("--kills", kills, 0);
        atLeast("--max-attempts", maxAttempts, 1);
        if (deadline.isNegative() || deadline.isZero()) {
            throw new InvalidInputException("--deadline is " + deadline.toMinutes() + " min; it must be positive");
        }
        if (lease.toSeconds() < 2) {
            throw new InvalidInputException("--lease is " + lease.toSeconds() + " s; it must be at least 2");
        }
    }

    /** The plan with the default attempts: one more than the kills, so that only a fault of the platform fails a job. */
    public static ChaosPlan of(int workers, int jobs, int kills, long seed, Duration deadline, Duration lease) {
        return new ChaosPlan(workers, jobs, kills, seed, deadline, lease, Math.max(3, kills + 1));
    }

    /** How often a worker renews its lease: five beats a lease, at least one a second. */
    public Duration heartbeat() {
        return Duration.ofMillis(Math.max(1000, lease.toMillis() / 5));
    }

    private static void atLeast(String option, int value, int min) {
        if (value < min) {
            throw new InvalidInputException(option + " is " + value + "; it must be at least " + min);
        }
    }
}
