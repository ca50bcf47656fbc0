package dev.revnas.platform.chaos;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.revnas.config.SearchConfig;
import dev.revnas.config.TrainConfig;
import dev.revnas.genotype.GenotypeJson;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

/** The jobs and kills of a chaos run follow from its seed; every job is one the API accepts. */
class ChaosJobsTest {
    private static ChaosPlan plan(int workers, int jobs, int kills, long seed) {
        return ChaosPlan.of(workers, jobs, kills, seed, Duration.ofMinutes(10), Duration.ofSeconds(10));
    }

    @Test
    void theSameSeedGivesTheSameJobsAndEveryFourthRepeatsTheOneBefore() {
        List<ChaosJobs.Job> jobs = ChaosJobs.of(plan(4, 40, 5, 7), "d");
        assertEquals(jobs.toString(), ChaosJobs.of(plan(4, 40, 5, 7), "d").toString());
        assertNotEquals(jobs.toString(), ChaosJobs.of(plan(4, 40, 5, 8), "d").toString());
        for (ChaosJobs.Job job : jobs) {
            if (job.index() % 4 == 3) {
                assertEquals(job.index() - 1, job.twinOf());
                assertEquals(jobs.get(job.index() - 1).request(), job.request());
            } else {
                assertEquals(-1, job.twinOf());
            }
        }
        assertTrue(jobs.stream().anyMatch(j -> j.kind() == ChaosJobs.Kind.SEARCH));
        assertTrue(jobs.stream().anyMatch(j -> j.request().has("baseline")));
        assertTrue(jobs.stream().anyMatch(j -> j.request().has("genotype")));
    }

    @Test
    void everyRequestIsAValidTinyConfig() {
        for (ChaosJobs.Job job : ChaosJobs.of(plan(2, 24, 3, 1), "d")) {
            ObjectNode request = job.request().deepCopy();
            if (job.kind() == ChaosJobs.Kind.SEARCH) {
                SearchConfig c = SearchConfig.parse(request.toString(), "job " + job.index());
                assertEquals(8, c.hidden());
            } else {
                // The architecture is the API's field, not the training config's (api-service takes it off likewise).
                if (request.has("genotype")) {
                    GenotypeJson.parse(request.remove("genotype").toString(), "job " + job.index());
                }
                request.remove("baseline");
                assertEquals(8, TrainConfig.parse(request.toString(), "job " + job.index()).hidden());
            }
        }
    }

    @Test
    void killsAreDueWhileThereIsWorkLeftAndHitExistingSlots() {
        ChaosPlan plan = plan(4, 30, 20, 3);
        List<KillSchedule.Kill> kills = KillSchedule.of(plan);
        assertEquals(20, kills.size());
        assertEquals(kills, KillSchedule.of(plan));
        for (int k = 0; k < kills.size(); k++) {
            KillSchedule.Kill kill = kills.get(k);
            assertTrue(kill.afterFinished() >= 0 && kill.afterFinished() < 30 - 4, kill.toString());
            assertTrue(kill.slot() >= 0 && kill.slot() < 4, kill.toString());
            assertTrue(!kill.delay().isNegative() && kill.delay().compareTo(KillSchedule.MAX_DELAY) < 0, kill.toString());
            assertTrue(k == 0 || kills.get(k - 1).afterFinished() <= kill.afterFinished(), "in the order they fall due");
        }
        assertEquals(List.of(), KillSchedule.of(plan(4, 30, 0, 3)));
    }

    @Test
    void attemptsOutnumberTheKillsUnlessGiven() {
        assertEquals(3, plan(4, 200, 1, 1).maxAttempts());
        assertEquals(21, plan(4, 200, 20, 1).maxAttempts());
    }
}
