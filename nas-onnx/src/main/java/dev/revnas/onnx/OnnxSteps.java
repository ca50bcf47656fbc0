package dev.revnas.onnx;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OnnxValue;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.revnas.decode.StepModel;
import dev.revnas.model.Batch;
import dev.revnas.model.EncoderDecoder;
import dev.revnas.model.SpecialTokens;
import java.nio.FloatBuffer;
import java.nio.LongBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Decoding steps through ONNX Runtime: the model is exported ({@link TransformerExport}) when
 * this is built and runs as two sessions. The decoder's state (attention keys and values,
 * convolution windows) lives in ONNX Runtime's tensors from one step to the next (the step
 * reorders it by its {@code parents} input); only token ids go in and log-probabilities come out
 * through Java memory.
 */
public final class OnnxSteps implements StepModel {
    private final OrtEnvironment env = OrtEnvironment.getEnvironment();
    /** The decoder's state between steps, and the longest target its position table allows. */
    private final List<TransformerExport.CacheEntry> caches;
    private final int positions;
    private final OrtSession encoder;
    private final OrtSession decoder;
    private final SpecialTokens special;
    private final int vocab;

    /** @param threads ONNX Runtime's intra-op threads (1 serves one sentence fastest here; see docs/benchmarks.md) */
    public OnnxSteps(EncoderDecoder model, SpecialTokens special, int threads) {
        TransformerExport.Graphs graphs = TransformerExport.export(model); // the bytes are dropped once the sessions hold them
        this.caches = graphs.caches();
        this.positions = graphs.positions();
        this.special = special;
        this.vocab = model.config().vocab();
        try (OrtSession.SessionOptions options = new OrtSession.SessionOptions()) {
            options.setIntraOpNumThreads(threads);
            options.setInterOpNumThreads(1);
            options.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.ALL_OPT);
            this.encoder = env.createSession(graphs.encoder(), options);
            try {
                this.decoder = env.createSession(graphs.decoder(), options);
            } catch (OrtException e) {
                encoder.close();
                throw e;
            }
        } catch (OrtException e) {
            throw new IllegalStateException("ONNX Runtime refused the exported model: " + e.getMessage(), e);
        }
    }

    @Override
    public int vocab() {
        return vocab;
    }

    @Override
    public Session start(List<int[]> sources, int beam) {
        try {
            return new OrtSteps(sources, beam);
        } catch (OrtException e) {
            throw new IllegalStateException("ONNX Runtime failed to encode: " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        try {
            encoder.close();
            decoder.close();
        } catch (OrtException e) {
            throw new IllegalStateException(e);
        }
    }

    private final class OrtSteps implements Session {
        private final int rows;
        /** The encoder's outputs, each row repeated per hypothesis, for the whole batch. */
        private final Map<String, OnnxTensor> fixed = new HashMap<>();
        private final List<OnnxTensor> owned = new ArrayList<>();
        private OrtSession.Result previous;
        private long[] parents;
        private int position;

        OrtSteps(List<int[]> sources, int beam) throws OrtException {
            // The ids ND4J's encoder gets, as plain arrays: no ND4J buffer waits for the collector while serving.
            Batch.Padded padded = Batch.Padded.of(sources, special);
            int b = padded.lengths().length;
            int length = padded.length();
            long[] ids = padded.ids();
            float[] mask = new float[b * length];
            for (int i = 0; i < b; i++) {
                Arrays.fill(mask, i * length, i * length + padded.lengths()[i], 1f);
            }
            this.rows = b * beam;
            try (OnnxTensor idTensor = OnnxTensor.createTensor(env, LongBuffer.wrap(ids), new long[] {b, length});
                    OnnxTensor maskTensor = OnnxTensor.createTensor(env, FloatBuffer.wrap(mask), new long[] {b, length});
                    OrtSession.Result encoded = encoder.run(Map.of("source_ids", idTensor, "source_mask", maskTensor))) {
                for (Map.Entry<String, OnnxValue> e : encoded) {
                    fixed.put(e.getKey(), own(repeat((OnnxTensor) e.getValue(), beam)));
                }
            }
            for (TransformerExport.CacheEntry c : caches) {
                long[] shape = new long[c.shape().length + 1];
                shape[0] = rows;
                System.arraycopy(c.shape(), 0, shape, 1, c.shape().length);
                long size = 1;
                for (long d : shape) {
                    size *= d;
                }
                fixed.put("past_" + c.name(), own(OnnxTensor.createTensor(env, FloatBuffer.allocate((int) size), shape)));
            }
            this.parents = identity(rows);
        }

        private OnnxTensor own(OnnxTensor t) {
            owned.add(t);
            return t;
        }

        /** [B, ...] → [B·beam, ...], each row {@code beam} times in a row. */
        private OnnxTensor repeat(OnnxTensor t, int beam) throws OrtException {
            long[] shape = t.getInfo().getShape();
            FloatBuffer in = t.getFloatBuffer();
            int row = in.capacity() / (int) shape[0];
            FloatBuffer out = FloatBuffer.allocate(in.capacity() * beam);
            float[] values = new float[row];
            for (int i = 0; i < shape[0]; i++) {
                in.get(values);
                for (int j = 0; j < beam; j++) {
                    out.put(values);
                }
            }
            out.rewind();
            shape[0] *= beam;
            return OnnxTensor.createTensor(env, out, shape);
        }

        @Override
        public double[] next(long[] tokens) {
            if (position >= positions) {
                throw new IllegalStateException("the ONNX decoder's position table ends at " + positions + " tokens");
            }
            Map<String, OnnxTensor> inputs = new HashMap<>(fixed);
            try (OnnxTensor tokenTensor = OnnxTensor.createTensor(env, LongBuffer.wrap(tokens), new long[] {rows});
                    OnnxTensor positionTensor = OnnxTensor.createTensor(env, LongBuffer.wrap(new long[] {position}), new long[] {1});
                    OnnxTensor parentTensor = OnnxTensor.createTensor(env, LongBuffer.wrap(parents), new long[] {rows})) {
                inputs.put("tokens", tokenTensor);
                inputs.put("position", positionTensor);
                inputs.put("parents", parentTensor);
                if (previous != null) {
                    for (TransformerExport.CacheEntry c : caches) {
                        inputs.put("past_" + c.name(), (OnnxTensor) previous.get("present_" + c.name()).orElseThrow());
                    }
                }
                OrtSession.Result result = decoder.run(inputs);
                if (previous != null) {
                    previous.close(); // the cache it held was read into the new one
                }
                previous = result;
                position++;
                parents = identity(rows);
                FloatBuffer logProbs = ((OnnxTensor) result.get("log_probs").orElseThrow()).getFloatBuffer();
                double[] out = new double[logProbs.capacity()];
                for (int i = 0; i < out.length; i++) {
                    out[i] = logProbs.get(i);
                }
                return out;
            } catch (OrtException e) {
                throw new IllegalStateException("ONNX Runtime failed a decoding step: " + e.getMessage(), e);
            }
        }

        @Override
        public void reorder(int[] parents) {
            for (int r = 0; r < rows; r++) {
                this.parents[r] = parents[r];
            }
        }

        @Override
        public void close() {
            if (previous != null) {
                previous.close();
            }
            owned.forEach(OnnxTensor::close);
        }
    }

    private static long[] identity(int rows) {
        long[] ids = new long[rows];
        for (int r = 0; r < rows; r++) {
            ids[r] = r;
        }
        return ids;
    }
}
