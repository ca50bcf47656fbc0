package dev.revnas.decode;

import dev.revnas.config.DecodingSettings;
import dev.revnas.model.EncoderDecoder;
import dev.revnas.model.SpecialTokens;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.PriorityQueue;

/**
 * Batched beam search (fairseq's sequence_generator): every sentence keeps {@code beam}
 * hypotheses; a hypothesis that emits EOS is finished with score / length^lengthPenalty; a
 * sentence is done when it has {@code beam} finished hypotheses or reaches its maximum
 * length, ⌊ratio · source length⌋ + offset. Beam 1 is greedy decoding. The model's steps come
 * from a {@link StepModel}: ND4J's, or ONNX Runtime's for serving.
 */
public final class BeamSearch {

    /** A finished translation: its tokens (without EOS) and its length-normalised log-probability. */
    public record Hypothesis(int[] tokens, double score) {}

    private final StepModel model;
    private final DecodingSettings settings;
    private final SpecialTokens special;

    public BeamSearch(StepModel model, DecodingSettings settings, SpecialTokens special) {
        this.model = model;
        this.settings = settings;
        this.special = special;
    }

    /** ND4J's steps: with {@code incremental} the decoder's cache, without it the whole prefix each time. */
    public BeamSearch(EncoderDecoder model, DecodingSettings settings, SpecialTokens special, boolean incremental) {
        this(new Nd4jSteps(model, special, incremental), settings, special);
    }

    /** The best hypothesis of every source (ids without EOS), in input order. */
    public List<Hypothesis> search(List<int[]> sources) {
        int b = sources.size();
        int k = settings.beam();
        int rows = b * k;
        int[] maxLength = new int[b];
        int longest = 0;
        for (int s = 0; s < b; s++) {
            maxLength[s] = (int) Math.floor(settings.maxLengthRatio() * sources.get(s).length) + settings.maxLengthOffset();
            longest = Math.max(longest, maxLength[s]);
        }
        double[] scores = new double[rows];
        for (int r = 0; r < rows; r++) {
            scores[r] = r % k == 0 ? 0 : Double.NEGATIVE_INFINITY; // one live hypothesis per sentence at first
        }
        int[][] history = new int[rows][0];
        List<List<Hypothesis>> finished = new ArrayList<>();
        for (int s = 0; s < b; s++) {
            finished.add(new ArrayList<>());
        }
        boolean[] done = new boolean[b];
        int vocab = model.vocab();
        try (StepModel.Session session = model.start(sources, k)) {
            for (int t = 0; t < longest; t++) {
                double[] lp = session.next(lastTokens(history));
                int[] parents = new int[rows];
                int[] tokens = new int[rows];
                double[] next = new double[rows];
                for (int s = 0; s < b; s++) {
                    if (done[s]) {
                        for (int j = 0; j < k; j++) {
                            parents[s * k + j] = s * k + j;
                            tokens[s * k + j] = special.pad();
                            next[s * k + j] = Double.NEGATIVE_INFINITY;
                        }
                        continue;
                    }
                    boolean last = t + 1 >= maxLength[s];
                    expand(s, t, k, vocab, lp, scores, history, last, finished.get(s), parents, tokens, next);
                    if (finished.get(s).size() >= k || last) {
                        done[s] = true;
                    }
                }
                int[][] moved = new int[rows][];
                for (int r = 0; r < rows; r++) {
                    moved[r] = Arrays.copyOf(history[parents[r]], t + 1);
                    moved[r][t] = tokens[r];
                }
                history = moved;
                scores = next;
                if (allDone(done)) {
                    break;
                }
                if (!isIdentity(parents)) { // greedy decoding always, beam search often: nothing moves
                    session.reorder(parents);
                }
            }
        }
        List<Hypothesis> best = new ArrayList<>(b);
        for (int s = 0; s < b; s++) {
            best.add(finished.get(s).stream().max((x, y) -> Double.compare(x.score(), y.score()))
                    .orElse(new Hypothesis(new int[0], Double.NEGATIVE_INFINITY)));
        }
        return best;
    }

    private record Candidate(int parent, int token, double score) {}

    /** Picks the next beam of sentence s from its rows' log-probabilities; finishes EOS candidates. */
    private void expand(int s, int t, int k, int vocab, double[] lp, double[] scores, int[][] history, boolean last,
            List<Hypothesis> finished, int[] parents, int[] tokens, double[] next) {
        PriorityQueue<Candidate> top = new PriorityQueue<>((x, y) -> Double.compare(x.score(), y.score()));
        for (int j = 0; j < k; j++) {
            int r = s * k + j;
            if (scores[r] == Double.NEGATIVE_INFINITY) {
                continue;
            }
            for (int v = 0; v < vocab; v++) {
                if (v == special.pad() || v == special.bos() || (last && v != special.eos())) {
                    continue;
                }
                double score = scores[r] + lp[r * vocab + v];
                if (top.size() < 2 * k) {
                    top.add(new Candidate(r, v, score));
                } else if (score > top.peek().score()) {
                    top.poll();
                    top.add(new Candidate(r, v, score));
                }
            }
        }
        List<Candidate> ranked = new ArrayList<>(top);
        ranked.sort((x, y) -> Double.compare(y.score(), x.score()));
        int filled = 0;
        for (int i = 0; i < ranked.size() && filled < k; i++) {
            Candidate c = ranked.get(i);
            if (c.token() == special.eos()) {
                if (i < k) {
                    int length = t + 1;
                    finished.add(new Hypothesis(Arrays.copyOf(history[c.parent()], t), c.score() / Math.pow(length, settings.lengthPenalty())));
                }
                continue;
            }
            int r = s * k + filled++;
            parents[r] = c.parent();
            tokens[r] = c.token();
            next[r] = c.score();
        }
        for (; filled < k; filled++) {
            int r = s * k + filled;
            parents[r] = s * k;
            tokens[r] = special.pad();
            next[r] = Double.NEGATIVE_INFINITY;
        }
    }

    private long[] lastTokens(int[][] history) {
        long[] ids = new long[history.length];
        for (int r = 0; r < history.length; r++) {
            ids[r] = history[r].length == 0 ? special.bos() : history[r][history[r].length - 1];
        }
        return ids;
    }

    private static boolean isIdentity(int[] parents) {
        for (int r = 0; r < parents.length; r++) {
            if (parents[r] != r) {
                return false;
            }
        }
        return true;
    }

    private static boolean allDone(boolean[] done) {
        for (boolean d : done) {
            if (!d) {
                return false;
            }
        }
        return true;
    }
}
