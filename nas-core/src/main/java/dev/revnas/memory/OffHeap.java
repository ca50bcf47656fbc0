package dev.revnas.memory;

import org.bytedeco.javacpp.Pointer;
import org.nd4j.linalg.factory.Nd4j;

/** Off-heap bytes held by ND4J, and the process's resident memory. */
public final class OffHeap {
    private OffHeap() {}

    /**
     * Bytes ND4J holds now: buffers counted by libnd4j's allocator, the blocks reserved by
     * workspaces (which libnd4j does not count), and what JavaCPP allocated directly
     * (workspace spills and native pointers).
     */
    public static long heldBytes() {
        return Nd4j.getEnvironment().getDeviceCouner(0) + Workspaces.reservedBytes() + Pointer.totalBytes();
    }

    /**
     * What ND4J holds once buffers dropped earlier are gone: the baseline to measure a step against.
     * JavaCPP frees a dropped buffer on its own thread after a GC, so one System.gc() is not enough;
     * a baseline that still counts a predecessor's buffers understates what is measured against it
     * (even below zero). Waits, collecting, until the count stops falling (at most about 5 s).
     */
    public static long settledHeldBytes() {
        long held = heldBytes();
        for (int i = 0; i < 100; i++) {
            System.gc();
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            long now = heldBytes();
            if (now >= held && i >= 2) {
                return now;
            }
            held = Math.min(held, now);
        }
        return held;
    }

    /** Resident set size of this process, as the OS reports it. */
    public static long residentBytes() {
        return Pointer.physicalBytes();
    }
}
