package dev.revnas.model;

import dev.revnas.config.BackpropMode;
import dev.revnas.memory.Workspaces;
import dev.revnas.ops.DecodeCache;
import dev.revnas.ops.Env;
import dev.revnas.ops.Init;
import dev.revnas.ops.LabelSmoothedCrossEntropy;
import dev.revnas.ops.LayerNorm;
import dev.revnas.ops.OutputProjection;
import dev.revnas.ops.Param;
import dev.revnas.ops.Pass;
import dev.revnas.ops.SeqMask;
import dev.revnas.ops.TokenEmbedding;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.nd4j.linalg.api.memory.MemoryWorkspace;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.ops.impl.transforms.custom.LogSoftMax;
import org.nd4j.linalg.factory.Nd4j;

/**
 * An encoder–decoder for translation: embeddings, an encoder stack and final LayerNorm (the
 * encoder output), a decoder stack that reads it, a final LayerNorm, the output projection
 * and the label-smoothed loss. The stacks are reversible (searched or derived cells) or
 * residual (the baseline Transformer); everything around them uses ordinary backprop.
 */
public final class EncoderDecoder {
    /** Builds a stack: (init, name, depth, decoder?) → stack. */
    private interface StackBuilder {
        SequenceStack build(Init init, String name, int depth, boolean decoder);
    }

    private final NetworkConfig config;
    private final TokenEmbeddings embeddings;
    private final SequenceStack encoder;
    private final LayerNorm encoderNorm;
    private final SequenceStack decoder;
    private final LayerNorm decoderNorm;
    private final OutputProjection output;
    private final LabelSmoothedCrossEntropy loss;

    private EncoderDecoder(NetworkConfig config, StackBuilder stacks) {
        this.config = config;
        Init init = new Init(config.seed(), config.type());
        this.embeddings = new TokenEmbeddings(init, config);
        this.encoder = stacks.build(init, "enc", config.encoderLayers(), false);
        this.encoderNorm = new LayerNorm(init, "enc.norm", config.hidden());
        this.decoder = stacks.build(init, "dec", config.decoderLayers(), true);
        this.decoderNorm = new LayerNorm(init, "dec.norm", config.hidden());
        this.output = config.tiedEmbeddings()
                ? OutputProjection.tied(embeddings.target())
                : OutputProjection.untied(init, "out", config.hidden(), config.vocab());
        this.loss = new LabelSmoothedCrossEntropy(config.labelSmoothing());
        requireUniqueNames(params());
    }

    /** Reversible stacks of {@code splits} chunks whose couplings are the cells of {@code cells}. */
    public static EncoderDecoder reversible(NetworkConfig config, int splits, CellFactory cells) {
        return new EncoderDecoder(config, (init, name, depth, decoder) -> ReversibleSequenceStack.of(init, name, depth,
                config.hidden(), splits, cells, decoder, config.type()));
    }

    /** The standard Transformer (design §7) with {@code heads} attention heads and FFN width {@code ffn}. */
    public static EncoderDecoder baseline(NetworkConfig config, int heads, int ffn) {
        return new EncoderDecoder(config, (init, name, depth, decoder) -> ResidualStack.of(init, name, depth,
                config.hidden(), heads, ffn, config.dropout(), decoder));
    }

    /** Checkpoints address parameters by name, so two parameters must never share one. */
    private static void requireUniqueNames(List<Param> params) {
        Set<String> seen = new HashSet<>();
        for (Param p : params) {
            if (!seen.add(p.name())) {
                throw new IllegalStateException("two parameters are named " + p.name());
            }
        }
    }

    public NetworkConfig config() {
        return config;
    }

    public SequenceStack encoder() {
        return encoder;
    }

    public SequenceStack decoder() {
        return decoder;
    }

    public TokenEmbedding sourceEmbedding() {
        return embeddings.source();
    }

    public TokenEmbedding targetEmbedding() {
        return embeddings.target();
    }

    public LayerNorm encoderNorm() {
        return encoderNorm;
    }

    public LayerNorm decoderNorm() {
        return decoderNorm;
    }

    public OutputProjection output() {
        return output;
    }

    /**
     * One forward and backward pass: adds the gradients of the token-mean loss into the
     * parameters and reports the summed loss. Dropout masks are a function of {@code seed}.
     */
    public BatchLoss trainStep(Batch batch, BackpropMode mode, long seed, boolean keepInputGrads) {
        try (MemoryWorkspace step = Workspaces.open(Workspaces.STEP)) {
            Env srcEnv = Env.encoder(batch.source(), true, seed);
            Pass srcEmbed = embeddings.source().forward(batch.sourceIds(), batch.source(), srcEnv.child(0));
            Pass enc = encoder.forward(srcEmbed.out(), srcEnv.child(1), mode);
            Pass encNorm = encoderNorm.forward(enc.out(), srcEnv);
            INDArray encoderOutput = encNorm.out();
            INDArray encoderOutputGrad = Nd4j.zeros(encoderOutput.dataType(), encoderOutput.shape());

            Env tgtEnv = new Env(batch.target(), encoderOutput, batch.source(), encoderOutputGrad, true, Env.mix(seed, 2));
            Pass tgtEmbed = embeddings.target().forward(batch.targetInIds(), batch.target(), tgtEnv.child(0));
            Pass dec = decoder.forward(tgtEmbed.out(), tgtEnv.child(1), mode);
            Pass decNorm = decoderNorm.forward(dec.out(), tgtEnv);
            Pass logits = output.forward(decNorm.out());
            double tokens = batch.targetTokens();
            var result = loss.apply(logits.out(), batch.targetOutIds(), batch.target().rowMask(), 1.0 / tokens);

            INDArray decInputGrad = dec.backward(decNorm.backward(logits.backward(result.gradLogits())));
            tgtEmbed.backward(decInputGrad);
            INDArray encInputGrad = enc.backward(encNorm.backward(encoderOutputGrad));
            srcEmbed.backward(encInputGrad);
            INDArray[] inputGrads = keepInputGrads ? new INDArray[] {encInputGrad.detach(), decInputGrad.detach()} : null;
            return new BatchLoss(result.loss(), result.nll(), tokens, inputGrads);
        }
    }

    /** Loss of a batch without dropout or gradients. */
    public BatchLoss evaluate(Batch batch) {
        try (MemoryWorkspace step = Workspaces.open(Workspaces.STEP)) {
            INDArray encoderOutput = encodeInScope(batch.sourceIds(), batch.source());
            Env tgtEnv = new Env(batch.target(), encoderOutput, batch.source(), null, false, 0);
            INDArray h = decoder.apply(embeddings.target().forward(batch.targetInIds(), batch.target(), tgtEnv).out(), tgtEnv);
            INDArray logits = output.apply(decoderNorm.apply(h));
            var result = loss.apply(logits, batch.targetOutIds(), batch.target().rowMask(), 0);
            return new BatchLoss(result.loss(), result.nll(), batch.targetTokens(), null);
        }
    }

    /** The encoder output of a batch of sources (ids [batch·length]), for decoding. */
    public Encoded encode(INDArray sourceIds, SeqMask source) {
        return new Encoded(encodeInScope(sourceIds, source), source);
    }

    private INDArray encodeInScope(INDArray sourceIds, SeqMask source) {
        Env env = Env.encoder(source, false, 0);
        return encoderNorm.apply(encoder.apply(embeddings.source().forward(sourceIds, source, env).out(), env));
    }

    /**
     * Log-probabilities [rows, V] of the next target token of every hypothesis, given the token
     * each one emitted last (BOS at position 0), extending the decoder's incremental state.
     */
    public INDArray nextLogProbs(Encoded encoded, INDArray previous, DecodeCache cache) {
        int rows = (int) previous.length();
        Env env = new Env(SeqMask.full(config.type(), rows, 1), encoded.output(), encoded.source(), null, false, 0);
        INDArray x = embeddings.target().embedAt(previous, cache.position());
        INDArray h = decoder.advance(x, env.child(1), cache);
        cache.advance();
        return logSoftmax(output.apply(decoderNorm.apply(h)));
    }

    /** The same log-probabilities computed from the whole prefix [rows, t] (no incremental state). */
    public INDArray nextLogProbsRecomputing(Encoded encoded, INDArray prefix) {
        int rows = (int) prefix.size(0);
        int t = (int) prefix.size(1);
        SeqMask target = SeqMask.full(config.type(), rows, t);
        Env env = new Env(target, encoded.output(), encoded.source(), null, false, 0);
        INDArray ids = prefix.reshape((long) rows * t);
        INDArray h = decoder.apply(embeddings.target().forward(ids, target, env.child(0)).out(), env.child(1));
        INDArray last = h.reshape(rows, t, config.hidden()).get(org.nd4j.linalg.indexing.NDArrayIndex.all(),
                org.nd4j.linalg.indexing.NDArrayIndex.point(t - 1), org.nd4j.linalg.indexing.NDArrayIndex.all()).dup('c');
        return logSoftmax(output.apply(decoderNorm.apply(last)));
    }

    private static INDArray logSoftmax(INDArray logits) {
        return Nd4j.exec(new LogSoftMax(logits, logits.ulike()))[0];
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

    /** Frees every parameter's off-heap memory now; the model is unusable after. */
    public void release() {
        params().forEach(Param::release);
    }

    /** Number of trainable values. */
    public long parameterCount() {
        return params().stream().mapToLong(Param::size).sum();
    }
}
