package dev.revnas.data;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;

/**
 * Learns BPE merges over the words of a corpus (split on spaces, each word prefixed with the
 * word-start mark, as SentencePiece does). Pair counts are kept and updated only in the words a
 * merge touches (subword-nmt's incremental scheme), with a lazy max-heap to find the next pair,
 * so that training is seconds, not hours. Ties go to the pair with the smaller left id, then the
 * smaller right id, so training is deterministic. Written here because no maintained Java
 * library trains BPE (SentencePiece and HF tokenizers are native; their Java wrappers only encode).
 */
final class BpeTrainer {
    private final BpeConfig config;
    private final List<String> pieces = new ArrayList<>(Vocabulary.reserved());
    private final Map<String, Integer> ids = new HashMap<>();
    private final List<int[]> merges = new ArrayList<>();

    private int[][] words;
    private int[] lengths;
    private long[] freqs;
    private int[] visited;
    private final Map<Long, Pair> pairs = new HashMap<>();
    private final PriorityQueue<long[]> heap = new PriorityQueue<>(
            Comparator.<long[]>comparingLong(e -> -e[0]).thenComparingLong(e -> e[1]).thenComparingLong(e -> e[2]));

    /** A pair's count over all words and the words it may occur in (possibly repeated or stale). */
    private static final class Pair {
        long count;
        int[] words = new int[4];
        int size;

        void addWord(int w) {
            if (size == words.length) {
                words = Arrays.copyOf(words, 2 * size);
            }
            words[size++] = w;
        }
    }

    BpeTrainer(BpeConfig config) {
        this.config = config;
        for (int i = 0; i < pieces.size(); i++) {
            ids.put(pieces.get(i), i);
        }
    }

    BytePairEncoding train(Iterable<String> sentences) {
        Map<String, Long> wordCounts = countWords(sentences);
        learnAlphabet(wordCounts);
        index(wordCounts);
        while (pieces.size() < config.vocabSize()) {
            long[] best = pollBest();
            if (best == null) {
                break;
            }
            merge((int) best[1], (int) best[2]);
        }
        return new BytePairEncoding(new Vocabulary(pieces), merges, Map.of());
    }

    /** Words in first-seen order, so that everything after is independent of hash order. */
    private static Map<String, Long> countWords(Iterable<String> sentences) {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String sentence : sentences) {
            for (String word : sentence.split(" ")) {
                if (!word.isEmpty()) {
                    counts.merge(word, 1L, Long::sum);
                }
            }
        }
        return counts;
    }

    /** Characters by count (then code point) get pieces while they are frequent enough and fit. */
    private void learnAlphabet(Map<String, Long> wordCounts) {
        Map<Integer, Long> chars = new HashMap<>();
        wordCounts.forEach((word, n) -> word.codePoints().forEach(cp -> chars.merge(cp, n, Long::sum)));
        chars.remove(Vocabulary.WORD_START.codePointAt(0));
        chars.entrySet().stream()
                .filter(e -> e.getValue() >= config.minCharCount())
                .sorted(Map.Entry.<Integer, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(config.vocabSize() - Vocabulary.FIRST_LEARNED)
                .forEach(e -> add(Character.toString(e.getKey())));
    }

    private void index(Map<String, Long> wordCounts) {
        int n = wordCounts.size();
        words = new int[n][];
        lengths = new int[n];
        freqs = new long[n];
        visited = new int[n];
        int w = 0;
        for (Map.Entry<String, Long> e : wordCounts.entrySet()) {
            words[w] = BytePairEncoding.symbols(e.getKey(), ids);
            lengths[w] = words[w].length;
            freqs[w] = e.getValue();
            w++;
        }
        Set<Long> changed = new HashSet<>();
        for (w = 0; w < n; w++) {
            countPairs(w, +1, changed);
        }
        push(changed);
    }

    private long[] pollBest() {
        while (!heap.isEmpty()) {
            long[] e = heap.poll();
            Pair p = pairs.get(key((int) e[1], (int) e[2]));
            if (p != null && p.count == e[0]) {
                return e[0] >= config.minPairCount() ? e : null;
            }
        }
        return null;
    }

    private void merge(int left, int right) {
        int merged = add(pieces.get(left) + pieces.get(right));
        merges.add(new int[] {left, right, merged});
        Pair pair = pairs.get(key(left, right));
        Set<Long> changed = new HashSet<>();
        int stamp = merges.size();
        for (int i = 0; i < pair.size; i++) {
            int w = pair.words[i];
            if (visited[w] == stamp || !contains(w, left, right)) {
                continue;
            }
            visited[w] = stamp;
            countPairs(w, -1, changed);
            lengths[w] = BytePairEncoding.mergeAll(words[w], lengths[w], left, right, merged);
            countPairs(w, +1, changed);
        }
        pairs.remove(key(left, right));
        changed.remove(key(left, right));
        push(changed);
    }

    /** Adds (or subtracts) a word's pairs, weighted by its frequency. */
    private void countPairs(int w, int sign, Set<Long> changed) {
        int[] s = words[w];
        for (int i = 0; i + 1 < lengths[w]; i++) {
            if (s[i] < 0 || s[i + 1] < 0) {
                continue;
            }
            long k = key(s[i], s[i + 1]);
            Pair p = pairs.computeIfAbsent(k, x -> new Pair());
            p.count += sign * freqs[w];
            if (sign > 0) {
                p.addWord(w);
            }
            changed.add(k);
        }
    }

    private void push(Set<Long> changed) {
        for (long k : changed) {
            Pair p = pairs.get(k);
            if (p == null) {
                continue;
            }
            if (p.count <= 0) {
                pairs.remove(k);
            } else {
                heap.add(new long[] {p.count, k >>> 32, k & 0xFFFFFFFFL});
            }
        }
    }

    private boolean contains(int w, int left, int right) {
        int[] s = words[w];
        for (int i = 0; i + 1 < lengths[w]; i++) {
            if (s[i] == left && s[i + 1] == right) {
                return true;
            }
        }
        return false;
    }

    /** The id of a piece, added if new (two merges can spell the same string; they share one piece). */
    private int add(String piece) {
        Integer id = ids.get(piece);
        if (id != null) {
            return id;
        }
        pieces.add(piece);
        ids.put(piece, pieces.size() - 1);
        return pieces.size() - 1;
    }

    static long key(int left, int right) {
        return ((long) left << 32) | (right & 0xFFFFFFFFL);
    }
}
