package dev.revnas.platform.chaos;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * What a chaos run found. {@link #passed()} holds when nothing was lost, run twice at once, different from an
 * uninterrupted run, or failed (every chaos job is valid and succeeds when run alone, and kills alone cannot
 * use up its attempts, so a failure is a fault as well).
 *
 * @param database     "PostgreSQL" or "embedded H2"
 * @param killsDone    SIGKILLs sent (all planned ones, unless the deadline came first)
 * @param interrupted  jobs claimed more than once (a kill, or a lease that ran out, stopped an attempt)
 * @param compared     results checked against an uninterrupted run of the same request
 * @param references   requests run again, without kills, where no uninterrupted twin was there to compare with
 * @param unexpectedExits worker processes that died without being killed (restarted as well)
 */
public record ChaosReport(int workers, int jobs, int kills, long seed, String database, int killsDone, int succeeded,
        int failed, int lost, int interrupted, int concurrent, int compared, int mismatches, int references,
        int unexpectedExits, long seconds, List<Problem> problems) {

    /** One finding, about one job: "failed", "lost", "concurrent" or "mismatch". */
    public record Problem(String type, int index, String job, String detail) {}

    public ChaosReport {
        problems = List.copyOf(problems);
    }

    @JsonProperty("passed")
    public boolean passed() {
        return failed == 0 && lost == 0 && concurrent == 0 && mismatches == 0;
    }
}
