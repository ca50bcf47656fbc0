package dev.revnas.cli;

import dev.revnas.config.BackpropMode;
import dev.revnas.model.Batch;
import dev.revnas.model.BatchLoss;
import dev.revnas.model.EncoderDecoder;
import dev.revnas.model.NetworkConfig;
import dev.revnas.model.SyntheticBatches;
import dev.revnas.model.TransformerCells;
import dev.revnas.ops.Param;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Compares the gradients of reconstruct and standard backprop on one padded batch. */
@Command(name = "gradcheck", mixinStandardHelpOptions = true,
        description = {
            "Runs one padded batch through a reversible encoder-decoder in standard and in reconstruct",
            "mode, and prints the largest per-tensor relative gradient difference",
            "||g_reconstruct - g_standard|| / ||g_standard|| over every parameter and both stack inputs.",
            "Exits 1 when it is above the tolerance."})
final class GradcheckCommand implements Callable<Integer> {
    @Option(names = "--splits", defaultValue = "2", description = "Splits per reversible layer (default: ${DEFAULT-VALUE}).")
    int splits;

    @Option(names = "--layers", defaultValue = "4", description = "Layers in the encoder and in the decoder (default: ${DEFAULT-VALUE}).")
    int layers;

    @Option(names = "--hidden", description = "Model width (default: 16 x splits).")
    Integer hidden;

    @Option(names = "--dtype", defaultValue = "double", description = "double or float (default: ${DEFAULT-VALUE}).")
    String dtype;

    @Option(names = "--tolerance", description = "Largest allowed difference (default: 1e-8 in double, 1e-3 in float).")
    Double tolerance;

    @Option(names = "--seed", defaultValue = "1", description = "Seed of weights, batch and dropout (default: ${DEFAULT-VALUE}).")
    long seed;

    @Override
    public Integer call() {
        DataType type = Options.dtype(dtype);
        int width = hidden != null ? hidden : 16 * splits;
        NetworkConfig config = new NetworkConfig(64, width, layers, layers, 0.1, 0.1, false, type, seed);
        EncoderDecoder model = EncoderDecoder.reversible(config, splits, new TransformerCells(2, 0.1));
        Batch batch = SyntheticBatches.padded(6, 12, config.vocab(), type, seed);

        model.zeroGrads();
        BatchLoss standard = model.trainStep(batch, BackpropMode.STANDARD, seed, true);
        List<INDArray> expected = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (Param p : model.params()) {
            expected.add(p.grad().dup());
            names.add(p.name());
        }
        model.zeroGrads();
        BatchLoss reconstruct = model.trainStep(batch, BackpropMode.RECONSTRUCT, seed, true);
        List<INDArray> actual = new ArrayList<>();
        model.params().forEach(p -> actual.add(p.grad()));
        expected.add(standard.inputGrads()[0]);
        expected.add(standard.inputGrads()[1]);
        actual.add(reconstruct.inputGrads()[0]);
        actual.add(reconstruct.inputGrads()[1]);
        names.add("encoder input");
        names.add("decoder input");

        double worst = 0;
        String worstName = names.get(0);
        for (int k = 0; k < expected.size(); k++) {
            double norm = expected.get(k).norm2Number().doubleValue();
            double diff = actual.get(k).sub(expected.get(k)).norm2Number().doubleValue();
            double rel = norm == 0 ? diff : diff / norm;
            if (rel > worst) {
                worst = rel;
                worstName = names.get(k);
            }
        }
        double tol = tolerance != null ? tolerance : (type == DataType.DOUBLE ? 1e-8 : 1e-3);
        boolean ok = worst <= tol;
        System.out.printf("gradcheck: %d splits, %d+%d layers, hidden %d, %s, %d tensors, %d padded pairs%n",
                splits, layers, layers, width, dtype, expected.size(), batch.size());
        System.out.printf("loss standard %.12g, reconstruct %.12g%n", standard.meanLoss(), reconstruct.meanLoss());
        System.out.printf("largest relative gradient difference %.3e (%s), tolerance %.0e: %s%n",
                worst, worstName, tol, ok ? "OK" : "FAILED");
        return ok ? ExitCodes.OK : ExitCodes.CHECK_FAILED;
    }
}
