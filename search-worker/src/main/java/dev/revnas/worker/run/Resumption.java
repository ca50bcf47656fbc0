package dev.revnas.worker.run;

import dev.revnas.worker.queue.ClaimedJob;
import dev.revnas.worker.queue.WorkerQueue;
import java.nio.file.Path;
import tools.jackson.core.JacksonException;

/** Records, as a RESUMED event, the step an attempt continues from. */
final class Resumption {
    private Resumption() {}

    /** @param state the checkpoint's state file ({@link dev.revnas.store.Checkpoints}) */
    static void record(WorkerQueue queue, ClaimedJob job, Path state) {
        String step;
        try {
            step = JobRun.JSON.readTree(state.toFile()).path("step").asString("?");
        } catch (JacksonException e) {
            step = "? (" + e.getMessage() + ")";
        }
        queue.event(job.id(), "RESUMED", job.attempt(), job.lease().owner(), "from the checkpoint at step " + step);
    }
}
