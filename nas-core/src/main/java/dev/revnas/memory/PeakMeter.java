package dev.revnas.memory;

import java.util.concurrent.atomic.AtomicLong;

/**
 * Samples {@link OffHeap#heldBytes()} and the resident set size on a daemon thread while a
 * piece of work runs, and keeps the maxima. Sampling, rather than hooks in the model, keeps
 * measurement out of the code it measures.
 */
public final class PeakMeter implements AutoCloseable {
    private static final long PERIOD_NANOS = 1_000_000;

    private final AtomicLong peakHeld = new AtomicLong();
    private final AtomicLong peakResident = new AtomicLong();
    private final Thread sampler;
    private volatile boolean running = true;

    private PeakMeter() {
        sample();
        sampler = new Thread(() -> {
            while (running) {
                sample();
                java.util.concurrent.locks.LockSupport.parkNanos(PERIOD_NANOS);
            }
        }, "revnas-peak-meter");
        sampler.setDaemon(true);
        sampler.start();
    }

    public static PeakMeter start() {
        return new PeakMeter();
    }

    private void sample() {
        peakHeld.accumulateAndGet(OffHeap.heldBytes(), Math::max);
        peakResident.accumulateAndGet(OffHeap.residentBytes(), Math::max);
    }

    public long peakHeldBytes() {
        return peakHeld.get();
    }

    public long peakResidentBytes() {
        return peakResident.get();
    }

    @Override
    public void close() {
        running = false;
        try {
            sampler.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        sample();
    }
}
