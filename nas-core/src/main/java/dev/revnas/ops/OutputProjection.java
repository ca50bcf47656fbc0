package dev.revnas.ops;

import java.util.List;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/** Hidden states to vocabulary logits: its own Linear, or the transposed embedding table (tied). */
public final class OutputProjection {
    private final Linear own;
    private final Param tiedTable;

    private OutputProjection(Linear own, Param tiedTable) {
        this.own = own;
        this.tiedTable = tiedTable;
    }

    public static OutputProjection untied(Init init, String name, int width, int vocab) {
        return new OutputProjection(new Linear(init, name, width, vocab), null);
    }

    public static OutputProjection tied(TokenEmbedding embedding) {
        return new OutputProjection(null, embedding.table());
    }

    /** The projection's own Linear [w, V], or null when it is the transposed embedding table. */
    public Linear linear() {
        return own;
    }

    /** The embedding table [V, w] it shares when tied, or null. */
    public Param tiedTable() {
        return tiedTable;
    }

    public Pass forward(INDArray h) {
        if (own != null) {
            return own.forward(h);
        }
        INDArray table = tiedTable.value();
        Flops.product(h.size(0), h.size(1), table.size(0), 1);
        return Pass.of(Nd4j.gemm(h, table, false, true), g -> {
            if (tiedTable.needsGrad()) {
                Flops.product(h.size(0), h.size(1), table.size(0), 1);
                Nd4j.gemm(g, h, tiedTable.grad(), true, false, 1.0, 1.0);
            }
            Flops.product(h.size(0), h.size(1), table.size(0), 1);
            return Nd4j.gemm(g, table, false, false);
        });
    }

    public INDArray apply(INDArray h) {
        if (own != null) {
            return own.apply(h);
        }
        Flops.product(h.size(0), h.size(1), tiedTable.value().size(0), 1);
        return Nd4j.gemm(h, tiedTable.value(), false, true);
    }

    /** Its own parameters; a tied projection owns none (the table belongs to the embedding). */
    public List<Param> params() {
        return own != null ? own.params() : List.of();
    }
}
