package dev.revnas.ops;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/** Every op's backward pass equals central finite differences in float64. */
class OpGradientTest {
    private static final DataType F64 = DataType.DOUBLE;
    private static final int BATCH = 2;
    private static final int LENGTH = 5;
    private static final int SOURCE = 4;
    private static final int WIDTH = 8;
    private static final int ENCODER_WIDTH = 12;
    private static final double TOL = 1e-6;

    private final Init init = new Init(7, F64);
    private final SeqMask self = SeqMask.ofLengths(F64, new int[] {5, 3}, LENGTH);
    private final SeqMask source = SeqMask.ofLengths(F64, new int[] {2, 4}, SOURCE);
    private final INDArray encoderOutput = random(11, BATCH * SOURCE, ENCODER_WIDTH);

    private static INDArray random(long seed, long... shape) {
        Nd4j.getRandom().setSeed(seed);
        return Nd4j.rand(F64, shape).subi(0.5).muli(2);
    }

    /** Runs forward and backward of {@code op} on x with cotangent c, then checks every gradient. */
    private void check(String name, Function<Init, Op> build, boolean decoder, boolean training) {
        Op op = build.apply(init);
        INDArray x = random(3, BATCH * LENGTH, WIDTH);
        INDArray encoderOutputGrad = Nd4j.zeros(F64, encoderOutput.shape());
        Env env = decoder
                ? new Env(self, encoderOutput, source, encoderOutputGrad, training, 42)
                : Env.encoder(self, training, 42);
        Pass pass = op.forward(x, env);
        INDArray c = random(5, pass.out().shape());
        // Padded positions carry no loss, as in training.
        c.muliColumnVector(self.rowMask());
        op.params().forEach(Param::zeroGrad);
        INDArray dx = pass.backward(c);

        java.util.function.Supplier<Double> loss =
                () -> op.forward(x, env).out().mul(c).sumNumber().doubleValue();
        FiniteDifferences.check(name + " input", x, dx, loss, TOL);
        for (Param p : op.params()) {
            FiniteDifferences.check(name + " " + p.name(), p.value(), p.grad(), loss, TOL);
        }
        if (decoder) {
            FiniteDifferences.check(name + " encoder output", encoderOutput, encoderOutputGrad, loss, TOL);
        }
    }

    @Test
    void linear() {
        check("linear", i -> new Linear(i, "lin", WIDTH, WIDTH), false, false);
    }

    @Test
    void layerNorm() {
        check("layer_norm", i -> new LayerNorm(i, "ln", WIDTH), false, false);
    }

    @Test
    void ffn() {
        check("ffn", i -> new Ffn(i, "ffn", WIDTH, 4 * WIDTH), false, false);
    }

    @Test
    void glu() {
        check("glu", i -> new Glu(i, "glu", WIDTH), false, false);
    }

    @Test
    void conv1d() {
        check("conv_3", i -> new Conv1d(i, "conv", WIDTH, 3, false), false, false);
    }

    @Test
    void causalConv1d() {
        check("causal conv_3", i -> new Conv1d(i, "conv", WIDTH, 3, true), true, false);
    }

    @Test
    void sepConv() {
        check("sep_conv_5", i -> new SepConv(i, "sep", WIDTH, 5, false), false, false);
    }

    @Test
    void causalSepConv() {
        check("causal sep_conv_3", i -> new SepConv(i, "sep", WIDTH, 3, true), true, false);
    }

    @Test
    void selfAttention() {
        check("self_attn", i -> MultiHeadAttention.self(i, "att", WIDTH, 2, false), false, false);
    }

    @Test
    void causalSelfAttention() {
        check("causal self_attn", i -> MultiHeadAttention.self(i, "att", WIDTH, 2, true), true, false);
    }

    @Test
    void crossAttention() {
        check("cross_attn", i -> MultiHeadAttention.cross(i, "att", WIDTH, 2, ENCODER_WIDTH), true, false);
    }

    @Test
    void identityAndZero() {
        check("identity", i -> new Identity(), false, false);
        check("zero", i -> new Zero(), false, false);
    }

    @Test
    void dropoutWithFixedSeed() {
        check("dropout", i -> new Dropout(0.3), false, true);
    }

    @Test
    void preNormedOpWithDropout() {
        check("pre-normed ffn", i -> new PreNormed(i, "op", WIDTH, new Ffn(i, "op.ffn", WIDTH, 16), 0.2), false, true);
    }

    @Test
    void tokenEmbeddingWithPositionsAndDropout() {
        TokenEmbedding embedding = new TokenEmbedding(init, "emb", 7, WIDTH, 0.2);
        // Repeated ids: their gradients must add up in the table.
        INDArray ids = Nd4j.createFromArray(new long[] {1, 2, 3, 3, 4, 5, 1, 1, 6, 0});
        Env env = Env.encoder(self, true, 42);
        Pass pass = embedding.forward(ids, self, env);
        INDArray c = random(5, pass.out().shape());
        embedding.table().zeroGrad();
        pass.backward(c);
        FiniteDifferences.check("embedding table", embedding.table().value(), embedding.table().grad(),
                () -> embedding.forward(ids, self, env).out().mul(c).sumNumber().doubleValue(), TOL);
    }

    @Test
    void labelSmoothedCrossEntropyWithPadding() {
        LabelSmoothedCrossEntropy loss = new LabelSmoothedCrossEntropy(0.1);
        INDArray logits = random(8, BATCH * LENGTH, 6).muli(3);
        INDArray targets = Nd4j.createFromArray(new long[] {1, 2, 3, 3, 0, 5, 1, 4, 0, 0});
        var result = loss.apply(logits, targets, self.rowMask(), 1.0);
        FiniteDifferences.check("label-smoothed loss", logits, result.gradLogits(),
                () -> loss.apply(logits, targets, self.rowMask(), 0).loss(), TOL);
        // With ε = 0 the loss is the negative log-likelihood.
        var plain = new LabelSmoothedCrossEntropy(0).apply(logits, targets, self.rowMask(), 0);
        org.junit.jupiter.api.Assertions.assertEquals(plain.nll(), plain.loss(), 1e-12);
    }

    @Test
    void tiedOutputProjection() {
        TokenEmbedding embedding = new TokenEmbedding(init, "emb", 7, WIDTH, 0);
        OutputProjection projection = OutputProjection.tied(embedding);
        INDArray h = random(3, BATCH * LENGTH, WIDTH);
        Pass pass = projection.forward(h);
        INDArray c = random(5, pass.out().shape());
        embedding.table().zeroGrad();
        INDArray dh = pass.backward(c);
        java.util.function.Supplier<Double> loss = () -> projection.forward(h).out().mul(c).sumNumber().doubleValue();
        FiniteDifferences.check("tied projection input", h, dh, loss, TOL);
        FiniteDifferences.check("tied projection table", embedding.table().value(), embedding.table().grad(), loss, TOL);
    }

    @Test
    void dropoutRedrawsTheSameMaskForTheSameSeed() {
        INDArray x = Nd4j.ones(F64, 64, 8);
        Env env = Env.encoder(SeqMask.full(F64, 8, 8), true, 99);
        INDArray a = new Dropout(0.5).forward(x, env).out();
        INDArray b = new Dropout(0.5).forward(x, env).out();
        INDArray other = new Dropout(0.5).forward(x, env.child(1)).out();
        assertTrue(a.equals(b), "same seed, same mask");
        assertTrue(!a.equals(other), "another seed, another mask");
    }
}
