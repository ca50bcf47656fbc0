package dev.revnas.platform.chaos;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Jobs that two workers ran at once, read from the job events. An attempt runs from its CLAIMED event until
 * the first of: its own end (SUCCEEDED, FAILED, CANCELLED, RETRY, REQUEUED, LEASE_LOST), the next claim of
 * its worker slot (a slot runs one job at a time), the death of its worker process, or the end of
 * observation; and at least until the last event that its worker wrote for it. Two attempts of one job whose
 * runs overlap are a lease violation: the second worker took the job while the first was still at it.
 */
public final class LeaseViolations {
    /** Events a worker writes about its own attempt. */
    private static final Set<String> OWN = Set.of("CLAIMED", "CHECKPOINTED", "RESUMED", "SUCCEEDED", "FAILED",
            "CANCELLED", "RETRY", "REQUEUED", "LEASE_LOST");
    /** Its own events that end the attempt. */
    private static final Set<String> ENDS = Set.of("SUCCEEDED", "FAILED", "CANCELLED", "RETRY", "REQUEUED", "LEASE_LOST");

    /** One job event as the API lists it; {@code worker} is the lease owner ("worker-id/slot"), null for the API's. */
    public record Event(Instant at, String type, int attempt, String worker) {}

    /** One attempt of a job on one worker slot, from its claim to its end. */
    public record Run(String worker, int attempt, Instant start, Instant end) {
        boolean overlaps(Run other) {
            return other.start.isBefore(end) && start.isBefore(other.end);
        }

        @Override
        public String toString() {
            return "attempt " + attempt + " on " + worker + " (" + start + " to " + end + ")";
        }
    }

    /** Two runs of one job at once. */
    public record Overlap(Run first, Run second) {
        @Override
        public String toString() {
            return first + " overlaps " + second;
        }
    }

    private LeaseViolations() {}

    /**
     * @param events every job's events by job id, oldest first (all jobs: a slot's claim of another job ends its run)
     * @param deaths when each worker process died, by worker id (the lease owner's part before the '/')
     * @param end    the end of observation: a run with nothing else to end it is still going then
     * @return the overlapping runs of each job that has any
     */
    public static Map<String, List<Overlap>> find(Map<String, List<Event>> events, Map<String, Instant> deaths, Instant end) {
        Map<String, TreeSet<Instant>> claims = new HashMap<>();
        events.values().stream().flatMap(Collection::stream).filter(e -> e.type().equals("CLAIMED"))
                .forEach(e -> claims.computeIfAbsent(e.worker(), w -> new TreeSet<>()).add(e.at()));
        Map<String, List<Overlap>> violations = new LinkedHashMap<>();
        events.forEach((job, jobEvents) -> {
            List<Run> runs = runs(jobEvents, claims, deaths, end);
            List<Overlap> overlaps = new ArrayList<>();
            for (int i = 0; i < runs.size(); i++) {
                for (int j = i + 1; j < runs.size(); j++) {
                    if (runs.get(i).overlaps(runs.get(j))) {
                        overlaps.add(new Overlap(runs.get(i), runs.get(j)));
                    }
                }
            }
            if (!overlaps.isEmpty()) {
                violations.put(job, overlaps);
            }
        });
        return violations;
    }

    /** The attempts of one job, in the order they were claimed. */
    static List<Run> runs(List<Event> events, Map<String, TreeSet<Instant>> claims, Map<String, Instant> deaths, Instant end) {
        List<Run> runs = new ArrayList<>();
        for (int i = 0; i < events.size(); i++) {
            Event claim = events.get(i);
            if (!claim.type().equals("CLAIMED")) {
                continue;
            }
            Instant bound = end;
            Instant last = claim.at();
            for (Event e : events.subList(i + 1, events.size())) {
                if (e.type().equals("CLAIMED") && e.worker().equals(claim.worker())) {
                    break; // the slot took this job again: a new attempt
                }
                if (claim.worker().equals(e.worker()) && e.attempt() == claim.attempt() && OWN.contains(e.type())) {
                    last = latest(last, e.at());
                    if (ENDS.contains(e.type())) {
                        bound = earliest(bound, e.at());
                        break;
                    }
                }
            }
            Instant nextClaim = claims.getOrDefault(claim.worker(), new TreeSet<>()).higher(claim.at());
            if (nextClaim != null) {
                bound = earliest(bound, nextClaim);
            }
            Instant death = deaths.get(process(claim.worker()));
            if (death != null && death.isAfter(claim.at())) {
                bound = earliest(bound, death);
            }
            runs.add(new Run(claim.worker(), claim.attempt(), claim.at(), latest(bound, last)));
        }
        runs.sort(Comparator.comparing(Run::start));
        return runs;
    }

    /** The worker process of a lease owner "worker-id/slot". */
    static String process(String owner) {
        int slash = owner.lastIndexOf('/');
        return slash < 0 ? owner : owner.substring(0, slash);
    }

    private static Instant earliest(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }

    private static Instant latest(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }
}
