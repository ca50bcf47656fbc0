package dev.revnas.worker.run;

import dev.revnas.io.AtomicDirectory;
import dev.revnas.worker.queue.ClaimedJob;
import dev.revnas.worker.queue.JobQueue;
import java.nio.file.Path;

/** Records, as a RESUMED event, the step an attempt continues from. */
final class Resumption {
    private Resumption() {}

    /** @param checkpoint the directory that holds state.json (search: checkpoint; training: checkpoint/last) */
    static void record(JobQueue queue, ClaimedJob job, Path checkpoint) {
        String step;
        try {
            step = JobRun.JSON.readTree(AtomicDirectory.resolve(checkpoint).resolve("state.json").toFile()).path("step").asText("?");
        } catch (java.io.IOException e) {
            step = "? (" + e.getMessage() + ")";
        }
        queue.event(job.id(), "RESUMED", job.attempt(), job.lease().owner(), "from the checkpoint at step " + step);
    }
}
