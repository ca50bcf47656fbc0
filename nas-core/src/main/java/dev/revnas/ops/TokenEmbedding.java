package dev.revnas.ops;

import java.util.List;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.ops.impl.scatter.ScatterAdd;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Token embedding scaled by √d plus sinusoidal positions (Vaswani et al.), then dropout.
 * The table can double as the output projection (tied embeddings).
 */
public final class TokenEmbedding {
    private final Param table;
    private final int width;
    private final Dropout dropout;
    private volatile INDArray positionTable;

    public TokenEmbedding(Init init, String name, int vocab, int width, double dropout) {
        this.table = init.normal(name + ".table", Math.pow(width, -0.5), vocab, width);
        this.width = width;
        this.dropout = new Dropout(dropout);
    }

    public Param table() {
        return table;
    }

    public int vocab() {
        return (int) table.value().size(0);
    }

    /**
     * Embeds token ids [batch·length] (row-major, like the sequence tensors) and returns a pass
     * whose backward adds into the table's gradient and returns null (ids have no gradient).
     */
    public Pass forward(INDArray ids, SeqMask seq, Env env) {
        INDArray rows = Nd4j.pullRows(table.value(), 1, toIntArray(ids));
        rows.muli(Math.sqrt(width));
        rows.reshape(seq.batch(), seq.length(), width).addi(positions(seq.length(), rows.dataType()));
        Pass pDrop = dropout.forward(rows, env);
        return Pass.of(pDrop.out(), g -> {
            INDArray dRows = pDrop.backward(g).mul(Math.sqrt(width));
            addRows(table.grad(), ids.toLongVector(), dRows);
            return null;
        });
    }

    /** Embeds one position of every sequence (incremental decoding). */
    public INDArray embedAt(INDArray ids, int position) {
        INDArray rows = Nd4j.pullRows(table.value(), 1, toIntArray(ids)).muli(Math.sqrt(width));
        return rows.addiRowVector(positions(position + 1, rows.dataType()).getRow(position));
    }

    /** Sinusoidal position encodings [length, width]: a view of one table, grown when needed, outside any scratch scope. */
    public INDArray positions(int length, DataType type) {
        INDArray table = positionTable;
        if (table == null || table.size(0) < length || table.dataType() != type) {
            int rows = Math.max(length, table == null ? 256 : 2 * (int) table.size(0));
            table = Init.outsideWorkspaces(() -> {
                double[][] values = new double[rows][width];
                for (int t = 0; t < rows; t++) {
                    for (int i = 0; i < width / 2; i++) {
                        double angle = t / Math.pow(10000, 2.0 * i / width);
                        values[t][2 * i] = Math.sin(angle);
                        values[t][2 * i + 1] = Math.cos(angle);
                    }
                }
                return Nd4j.create(values).castTo(type);
            });
            positionTable = table;
        }
        return table.get(org.nd4j.linalg.indexing.NDArrayIndex.interval(0, length), org.nd4j.linalg.indexing.NDArrayIndex.all());
    }

    /**
     * table[ids[k]] += rows[k]. Rows of repeated ids are summed here in id order first:
     * ND4J's multi-threaded scatter_add adds repeated indices in a varying order, which made
     * float training differ from run to run.
     */
    private static void addRows(INDArray table, long[] ids, INDArray rows) {
        int width = (int) rows.size(1);
        Integer[] order = new Integer[ids.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(order, java.util.Comparator.comparingLong((Integer i) -> ids[i]).thenComparingInt(i -> i));
        double[] values = Rows.read(rows);
        long[] unique = new long[ids.length];
        double[] summed = new double[values.length];
        int u = -1;
        for (int k = 0; k < order.length; k++) {
            int i = order[k];
            if (u < 0 || unique[u] != ids[i]) {
                unique[++u] = ids[i];
            }
            for (int j = 0; j < width; j++) {
                summed[u * width + j] += values[i * width + j];
            }
        }
        int count = u + 1;
        INDArray updates = Rows.write(java.util.Arrays.copyOf(summed, count * width), new long[] {count, width}, rows.dataType());
        scatterAdd(table, Nd4j.createFromArray(java.util.Arrays.copyOf(unique, count)), updates);
    }

    /** ref[indices[k]] += updates[k] in place (ND4J's scatter_add); indices must be distinct for a deterministic sum. */
    static void scatterAdd(INDArray ref, INDArray indices, INDArray updates) {
        ScatterAdd op = new ScatterAdd(ref, indices, updates);
        op.addOutputArgument(ref);
        Nd4j.exec(op);
    }

    private static int[] toIntArray(INDArray ids) {
        return ids.toIntVector();
    }

    public List<Param> params() {
        return List.of(table);
    }
}
