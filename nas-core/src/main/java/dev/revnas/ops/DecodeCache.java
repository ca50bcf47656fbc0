package dev.revnas.ops;

import java.util.IdentityHashMap;
import java.util.Map;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Incremental decoder state (fairseq's incremental_state): what each op kept from earlier
 * positions — attention keys and values, convolution windows — keyed by the op instance.
 * Every entry holds one row per hypothesis, so beam search can reorder them together.
 */
public final class DecodeCache {

    /** One op's state; rows follow the hypotheses. */
    public interface Entry {
        /** Keeps the rows {@code rows} (a hypothesis may be copied to several rows). */
        Entry select(INDArray rows);
    }

    private final Map<Object, Entry> entries = new IdentityHashMap<>();
    private int position;

    @SuppressWarnings("unchecked")
    public <E extends Entry> E get(Object owner) {
        return (E) entries.get(owner);
    }

    public void put(Object owner, Entry entry) {
        entries.put(owner, entry);
    }

    /** Index of the position being decoded (0 for the first target token). */
    public int position() {
        return position;
    }

    public void advance() {
        position++;
    }

    /** Reorders every entry's rows, e.g. after beam search picked its survivors. */
    public void select(INDArray rows) {
        entries.replaceAll((owner, e) -> e.select(rows));
    }
}
