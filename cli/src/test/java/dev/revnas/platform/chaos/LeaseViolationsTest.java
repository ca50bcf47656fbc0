package dev.revnas.platform.chaos;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.revnas.platform.chaos.LeaseViolations.Event;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Two attempts of a job overlap when the second worker claimed it while the first was still at it. */
class LeaseViolationsTest {
    private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");
    private static final Instant END = at(600);

    private static Instant at(int seconds) {
        return T0.plusSeconds(seconds);
    }

    private static Event event(int seconds, String type, int attempt, String worker) {
        return new Event(at(seconds), type, attempt, worker);
    }

    private static Map<String, List<LeaseViolations.Overlap>> find(Map<String, Instant> deaths, List<Event> job) {
        return LeaseViolations.find(Map.of("job", job), deaths, END);
    }

    @Test
    void aKilledWorkersJobTakenOverAfterItsLeaseRanOutIsNoViolation() {
        List<Event> job = List.of(event(0, "QUEUED", 0, null), event(1, "CLAIMED", 1, "w0-r0/0"),
                event(5, "CHECKPOINTED", 1, "w0-r0/0"), event(30, "LEASE_EXPIRED", 1, "w0-r0/0"),
                event(30, "CLAIMED", 2, "w1-r0/0"), event(31, "RESUMED", 2, "w1-r0/0"), event(40, "SUCCEEDED", 2, "w1-r0/0"));
        assertTrue(find(Map.of("w0-r0", at(10)), job).isEmpty());
    }

    @Test
    void aClaimWhileTheFirstWorkerIsAliveAndHoldsTheJobIsAViolation() {
        // No end, no death, no other claim: w0-r0 still had the job when w1-r0 took it.
        List<Event> job = List.of(event(1, "CLAIMED", 1, "w0-r0/0"), event(20, "CLAIMED", 2, "w1-r0/0"),
                event(40, "SUCCEEDED", 2, "w1-r0/0"));
        var found = find(Map.of(), job);
        assertEquals(1, found.get("job").size());
        var overlap = found.get("job").get(0);
        assertEquals("w0-r0/0", overlap.first().worker());
        assertEquals(END, overlap.first().end());
        assertEquals("w1-r0/0", overlap.second().worker());
    }

    @Test
    void aWorkerThatWritesAfterTheNextClaimRanAtTheSameTimeEvenIfItWasKilledLater() {
        List<Event> job = List.of(event(1, "CLAIMED", 1, "w0-r0/0"), event(20, "CLAIMED", 2, "w1-r0/0"),
                event(25, "LEASE_LOST", 1, "w0-r0/0"), event(40, "SUCCEEDED", 2, "w1-r0/0"));
        var found = find(Map.of("w0-r0", at(10)), job);
        assertEquals(at(25), found.get("job").get(0).first().end(), "its last own event outlasts its recorded death");
    }

    @Test
    void aRunEndsAtItsOwnEndAtItsWorkersDeathOrWhenItsSlotClaimsAnotherJob() {
        Map<String, List<Event>> events = new LinkedHashMap<>();
        // w0-r0 wrote no end for job a (its write failed) but claimed job b at 15: it had left a by then.
        events.put("a", List.of(event(1, "CLAIMED", 1, "w0-r0/0"), event(20, "CLAIMED", 2, "w1-r0/0"),
                event(30, "SUCCEEDED", 2, "w1-r0/0")));
        events.put("b", List.of(event(15, "CLAIMED", 1, "w0-r0/0"), event(18, "SUCCEEDED", 1, "w0-r0/0")));
        // A retry ends an attempt; the same slot may take the job again.
        events.put("c", List.of(event(1, "CLAIMED", 1, "w2-r0/0"), event(3, "RETRY", 1, "w2-r0/0"),
                event(4, "CLAIMED", 2, "w2-r0/0"), event(9, "SUCCEEDED", 2, "w2-r0/0")));
        assertTrue(LeaseViolations.find(events, Map.of(), END).isEmpty());

        var runs = LeaseViolations.runs(events.get("c"), Map.of(), Map.of(), END);
        assertEquals(List.of(at(3), at(9)), runs.stream().map(LeaseViolations.Run::end).toList());
    }

    @Test
    void twoSlotsOfOneProcessAreToldApartButDieTogether() {
        assertEquals("chaos-w1-r2", LeaseViolations.process("chaos-w1-r2/1"));
        List<Event> job = List.of(event(1, "CLAIMED", 1, "p/0"), event(12, "CLAIMED", 2, "p/1"));
        assertTrue(find(Map.of("p", at(8)), job).isEmpty(), "slot 0 died with its process at 8 s");
        assertEquals(1, find(Map.of("p", at(14)), job).size(), "slot 0 was alive when slot 1 claimed at 12 s");
    }
}
