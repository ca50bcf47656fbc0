package dev.revnas.memory;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.nd4j.linalg.api.memory.MemoryWorkspace;
import org.nd4j.linalg.api.memory.conf.WorkspaceConfiguration;
import org.nd4j.linalg.api.memory.enums.AllocationPolicy;
import org.nd4j.linalg.api.memory.enums.LearningPolicy;
import org.nd4j.linalg.api.memory.enums.ResetPolicy;
import org.nd4j.linalg.api.memory.enums.SpillPolicy;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Scratch scopes backed by ND4J workspaces: every array created inside a scope lives in one
 * block that is reused, not freed, when the scope closes. This makes memory deterministic
 * (no waiting for the garbage collector to release off-heap buffers) and allocation cheap.
 * Arrays from a closed scope must not be read; results leave a scope only through in-place
 * writes into arrays created outside it.
 */
public final class Workspaces {
    /** The whole training step: embeddings, stack states, loss, and in standard mode every activation. */
    public static final String STEP = "revnas-step";
    /** One coupling function's forward and backward under reconstruction. */
    public static final String COUPLING = "revnas-coupling";

    private static final WorkspaceConfiguration CONFIG = WorkspaceConfiguration.builder()
            .initialSize(0)
            .policyAllocation(AllocationPolicy.STRICT)
            .policyLearning(LearningPolicy.FIRST_LOOP)
            .policySpill(SpillPolicy.REALLOCATE)
            .policyReset(ResetPolicy.BLOCK_LEFT)
            .build();

    private static final Set<MemoryWorkspace> OPENED = ConcurrentHashMap.newKeySet();

    private Workspaces() {}

    /** Opens (activates) the named scope on this thread; close it with try-with-resources. */
    public static MemoryWorkspace open(String id) {
        MemoryWorkspace ws = Nd4j.getWorkspaceManager().getAndActivateWorkspace(CONFIG, id);
        OPENED.add(ws);
        return ws;
    }

    /** Bytes reserved by every scope opened so far, on any thread. */
    public static long reservedBytes() {
        long total = 0;
        for (MemoryWorkspace ws : OPENED) {
            total += ws.getCurrentSize();
        }
        return total;
    }

    /** Frees this thread's scopes (their memory goes back to the system). */
    public static void releaseAll() {
        OPENED.removeIf(ws -> ws.getThreadId() == Thread.currentThread().getId());
        Nd4j.getWorkspaceManager().destroyAllWorkspacesForCurrentThread();
    }
}
