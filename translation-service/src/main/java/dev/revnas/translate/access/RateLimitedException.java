package dev.revnas.translate.access;

/** A caller sent more translation requests than its budget a minute; it may send the next after {@code retryAfterSeconds}. */
public final class RateLimitedException extends RuntimeException {
    private final int perMinute;
    private final long retryAfterSeconds;

    RateLimitedException(int perMinute, String caller, long retryAfterSeconds) {
        super("more than " + perMinute + " translation requests a minute from " + caller + "; retry in " + retryAfterSeconds + " s");
        this.perMinute = perMinute;
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public int perMinute() {
        return perMinute;
    }

    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
