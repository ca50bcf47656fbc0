package dev.revnas.platform.chaos;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;

/**
 * When to kill whom, drawn from the seed. A kill falls due once {@code afterFinished} jobs have finished and its
 * victim, a worker slot, is up (or, while that one is starting again, the next slot that is); it lands
 * {@code delay} later. Kills fall due before the last {@code workers} jobs finish, so that there is still work
 * to interrupt when they land.
 */
public final class KillSchedule {
    /** Longest wait after a kill's job count is reached: a random moment within a tiny job's run. */
    static final Duration MAX_DELAY = Duration.ofSeconds(4);

    /** One SIGKILL: due when {@code afterFinished} jobs have finished, {@code delay} later, of worker {@code slot}. */
    public record Kill(int afterFinished, Duration delay, int slot) {}

    private KillSchedule() {}

    public static List<Kill> of(ChaosPlan plan) {
        // A stream of its own: the same kills whatever the jobs drew.
        SplittableRandom random = new SplittableRandom(plan.seed()).split();
        int window = Math.max(1, plan.jobs() - plan.workers());
        List<Kill> kills = new ArrayList<>();
        for (int k = 0; k < plan.kills(); k++) {
            kills.add(new Kill(random.nextInt(window), Duration.ofMillis(random.nextLong(MAX_DELAY.toMillis())),
                    random.nextInt(plan.workers())));
        }
        kills.sort(Comparator.comparingInt(Kill::afterFinished));
        return List.copyOf(kills);
    }
}
