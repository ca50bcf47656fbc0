package dev.revnas.ops;

/**
 * Counts the floating-point operations of the matrix products that ops actually run, on the
 * calling thread: each op adds its forward products' FLOPs when it runs forward and twice
 * that when it runs backward (the gradients of both operands), so a recomputed forward pass
 * counts again. Element-wise work is left out: it is memory-bound and small beside the products.
 * The benchmarks read it to say how close a step comes to the machine's arithmetic.
 */
public final class Flops {
    private static final ThreadLocal<long[]> COUNT = ThreadLocal.withInitial(() -> new long[1]);

    private Flops() {}

    /** Adds the FLOPs of a [rows × inner] · [inner × cols] product, {@code times} over. */
    public static void product(long rows, long inner, long cols, int times) {
        COUNT.get()[0] += 2L * rows * inner * cols * times;
    }

    /** The count so far on this thread. */
    public static long count() {
        return COUNT.get()[0];
    }
}
