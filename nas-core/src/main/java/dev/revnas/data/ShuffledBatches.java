package dev.revnas.data;

import dev.revnas.model.Batch;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/** A fixed list of batches, visited in a seeded shuffled order that changes every epoch. */
public final class ShuffledBatches implements BatchStream {
    private final List<Batch> batches;
    private final long seed;
    private List<Integer> order;
    private int epoch;
    private int index;

    public ShuffledBatches(List<Batch> batches, long seed) {
        if (batches.isEmpty()) {
            throw new IllegalArgumentException("no batches");
        }
        this.batches = List.copyOf(batches);
        this.seed = seed;
        this.order = orderOf(0);
    }

    private List<Integer> orderOf(int e) {
        List<Integer> o = new ArrayList<>();
        for (int i = 0; i < batches.size(); i++) {
            o.add(i);
        }
        Collections.shuffle(o, new Random(seed * 31 + e));
        return o;
    }

    @Override
    public Batch next() {
        if (index == batches.size()) {
            epoch++;
            index = 0;
            order = orderOf(epoch);
        }
        return batches.get(order.get(index++));
    }

    @Override
    public BatchPosition position() {
        return index == batches.size() ? new BatchPosition(epoch + 1, 0) : new BatchPosition(epoch, index);
    }

    @Override
    public void seek(BatchPosition p) {
        if (p.index() >= batches.size()) {
            throw new IllegalArgumentException("position " + p + " is outside " + batches.size() + " batches");
        }
        epoch = p.epoch();
        index = p.index();
        order = orderOf(epoch);
    }

    @Override
    public int batchesPerEpoch() {
        return batches.size();
    }
}
