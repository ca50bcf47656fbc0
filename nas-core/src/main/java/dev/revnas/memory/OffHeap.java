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

    /** Resident set size of this process, as the OS reports it. */
    public static long residentBytes() {
        return Pointer.physicalBytes();
    }
}
