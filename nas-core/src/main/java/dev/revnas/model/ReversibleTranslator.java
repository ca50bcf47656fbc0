package dev.revnas.model;

import dev.revnas.memory.Workspaces;
import dev.revnas.ops.Env;
import dev.revnas.ops.Init;
import dev.revnas.ops.LabelSmoothedCrossEntropy;
import dev.revnas.ops.LayerNorm;
import dev.revnas.ops.Op;
import dev.revnas.ops.OutputProjection;
import dev.revnas.ops.Param;
import dev.revnas.ops.Pass;
import dev.revnas.reversible.BackpropMode;
import dev.revnas.reversible.Chunks;
import dev.revnas.reversible.ReversibleLayer;
import dev.revnas.reversible.ReversibleStack;
import dev.revnas.reversible.StackPass;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import org.nd4j.linalg.api.memory.MemoryWorkspace;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * The reversible encoder–decoder: embeddings, a reversible encoder stack and final
 * LayerNorm (the encoder output), a reversible decoder stack whose couplings read the
 * encoder output, a final LayerNorm and the output projection with label-smoothed loss.
 * Embeddings, projection and loss use ordinary backprop; the stacks use the chosen mode.
 */
public final class ReversibleTranslator {
    private final NetworkConfig config;
    private final TokenEmbeddings embeddings;
    private final ReversibleStack encoder;
    private final LayerNorm encoderNorm;
    private final ReversibleStack decoder;
    private final LayerNorm decoderNorm;
    private final OutputProjection output;
    private final LabelSmoothedCrossEntropy loss;

    public ReversibleTranslator(NetworkConfig config, CellFactory cells) {
        this.config = config;
        Init init = new Init(config.seed(), config.type());
        this.embeddings = new TokenEmbeddings(init, config);
        this.encoder = stack(init, "enc", config.encoderLayers(), cells, false);
        this.encoderNorm = new LayerNorm(init, "enc.norm", config.hidden());
        this.decoder = stack(init, "dec", config.decoderLayers(), cells, true);
        this.decoderNorm = new LayerNorm(init, "dec.norm", config.hidden());
        this.output = config.tiedEmbeddings()
                ? OutputProjection.tied(embeddings.target())
                : OutputProjection.untied(init, "out", config.hidden(), config.vocab());
        this.loss = new LabelSmoothedCrossEntropy(config.labelSmoothing());
        requireUniqueNames(params());
    }

    /** Checkpoints address parameters by name, so two parameters must never share one. */
    static void requireUniqueNames(List<Param> params) {
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (Param p : params) {
            if (!seen.add(p.name())) {
                throw new IllegalStateException("two parameters are named " + p.name());
            }
        }
    }

    private ReversibleStack stack(Init init, String name, int depth, CellFactory cells, boolean decoder) {
        int n = config.splits();
        int w = config.chunkWidth();
        List<ReversibleLayer> layers = new ArrayList<>(depth);
        for (int l = 0; l < depth; l++) {
            List<Op> couplings = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                String prefix = name + "." + l + ".f" + i;
                couplings.add(new CellCoupling(init, prefix, (n - 1) * w, w,
                        cells.cell(init, prefix + ".cell", w, config.hidden(), decoder, l)));
            }
            layers.add(new ReversibleLayer(couplings));
        }
        return new ReversibleStack(name, layers, config.hidden(), decoder ? config.hidden() : 0, config.type());
    }

    public NetworkConfig config() {
        return config;
    }

    public ReversibleStack encoder() {
        return encoder;
    }

    public ReversibleStack decoder() {
        return decoder;
    }

    /**
     * One forward and backward pass: adds the gradients of the token-mean loss into the
     * parameters and reports the summed loss. Dropout masks are a function of {@code seed}.
     */
    public Step trainStep(Batch batch, BackpropMode mode, long seed, boolean keepInputGrads) {
        int n = config.splits();
        try (MemoryWorkspace step = Workspaces.open(Workspaces.STEP)) {
            Env srcEnv = Env.encoder(batch.source(), true, seed);
            Pass srcEmbed = embeddings.source().forward(batch.sourceIds(), batch.source(), srcEnv.child(0));
            Chunks enc = Chunks.split(srcEmbed.out(), n);
            StackPass encPass = encoder.forward(enc, srcEnv.child(1), mode);
            Pass encNorm = encoderNorm.forward(enc.joined(), srcEnv);
            INDArray memory = encNorm.out();
            INDArray memoryGrad = Nd4j.zeros(memory.dataType(), memory.shape());

            Env tgtEnv = new Env(batch.target(), memory, batch.source(), memoryGrad, true, Env.mix(seed, 2));
            Pass tgtEmbed = embeddings.target().forward(batch.targetInIds(), batch.target(), tgtEnv.child(0));
            Chunks dec = Chunks.split(tgtEmbed.out(), n);
            StackPass decPass = decoder.forward(dec, tgtEnv.child(1), mode);
            Pass decNorm = decoderNorm.forward(dec.joined(), tgtEnv);
            Pass logits = output.forward(decNorm.out());
            double tokens = batch.targetTokens();
            var result = loss.apply(logits.out(), batch.targetOutIds(), batch.target().rowMask(), 1.0 / tokens);

            Chunks decGrad = Chunks.split(decNorm.backward(logits.backward(result.gradLogits())), n);
            decPass.backward(decGrad);
            INDArray decInputGrad = decGrad.joined();
            tgtEmbed.backward(decInputGrad);
            Chunks encGrad = Chunks.split(encNorm.backward(memoryGrad), n);
            encPass.backward(encGrad);
            INDArray encInputGrad = encGrad.joined();
            srcEmbed.backward(encInputGrad);
            INDArray[] inputGrads = keepInputGrads
                    ? new INDArray[] {encInputGrad.detach(), decInputGrad.detach()}
                    : null;
            return new Step(result.loss(), result.nll(), tokens, inputGrads);
        }
    }

    /** Loss of a batch without dropout or gradients; keeps nothing but the stacks' states. */
    public Step evaluate(Batch batch) {
        int n = config.splits();
        try (MemoryWorkspace step = Workspaces.open(Workspaces.STEP)) {
            Env srcEnv = Env.encoder(batch.source(), false, 0);
            Chunks enc = Chunks.split(embeddings.source().forward(batch.sourceIds(), batch.source(), srcEnv).out(), n);
            encoder.forward(enc, srcEnv, BackpropMode.RECONSTRUCT);
            INDArray memory = encoderNorm.apply(enc.joined());
            Env tgtEnv = new Env(batch.target(), memory, batch.source(), null, false, 0);
            Chunks dec = Chunks.split(embeddings.target().forward(batch.targetInIds(), batch.target(), tgtEnv).out(), n);
            decoder.forward(dec, tgtEnv, BackpropMode.RECONSTRUCT);
            INDArray logits = output.apply(decoderNorm.apply(dec.joined()));
            var result = loss.apply(logits, batch.targetOutIds(), batch.target().rowMask(), 0);
            return new Step(result.loss(), result.nll(), batch.targetTokens(), null);
        }
    }

    /** Every parameter once (a tied table is listed once). */
    public List<Param> params() {
        LinkedHashSet<Param> all = new LinkedHashSet<>(embeddings.params());
        all.addAll(encoder.params());
        all.addAll(encoderNorm.params());
        all.addAll(decoder.params());
        all.addAll(decoderNorm.params());
        all.addAll(output.params());
        return new ArrayList<>(all);
    }

    public void zeroGrads() {
        params().forEach(Param::zeroGrad);
    }
}
