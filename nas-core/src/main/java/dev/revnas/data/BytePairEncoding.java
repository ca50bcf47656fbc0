package dev.revnas.data;

import dev.revnas.corpus.SentencePair;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A joint BPE subword model: {@code encode} splits text on spaces, marks each word's start with
 * {@code ▁} (every word, the first too, as SentencePiece does), applies the learned merges in
 * the order they were learned, and spells characters without a piece in UTF-8 byte pieces
 * (SentencePiece's byte fallback), so no input needs {@code <unk>} and
 * {@code decode(encode(s)).equals(s)} for every string, normalised or not. A literal {@code ▁}
 * in the text is always spelled in bytes, so it cannot be mistaken for a word start.
 * {@code decode} skips pad, bos and eos, writes {@code ⁇} for unk, and turns malformed byte
 * sequences into U+FFFD.
 */
public final class BytePairEncoding {
    /** Words cached before the cache is emptied; enough for a large corpus' distinct words. */
    private static final int CACHE_LIMIT = 1 << 20;
    private static final int[] NONE = new int[0];

    private final Vocabulary vocabulary;
    private final List<int[]> merges;
    private final Map<Long, Integer> ranks = new HashMap<>();
    private final Map<String, Integer> charIds = new HashMap<>();
    private final Map<String, String> provenance;
    private final ConcurrentHashMap<String, int[]> cache = new ConcurrentHashMap<>();

    /** {@code merges} hold {left, right, merged} ids in the order learned; provenance is free-form (corpus fingerprint, …). */
    BytePairEncoding(Vocabulary vocabulary, List<int[]> merges, Map<String, String> provenance) {
        this.vocabulary = vocabulary;
        this.merges = List.copyOf(merges);
        this.provenance = Map.copyOf(provenance);
        for (int i = 0; i < merges.size(); i++) {
            int[] m = merges.get(i);
            ranks.putIfAbsent(BpeTrainer.key(m[0], m[1]), i);
        }
        for (int id = Vocabulary.FIRST_LEARNED; id < vocabulary.size(); id++) {
            String piece = vocabulary.piece(id);
            if (piece.codePointCount(0, piece.length()) == 1) {
                charIds.put(piece, id);
            }
        }
    }

    /** Learns a vocabulary from normalised sentences (both sides of the training split, for a joint vocabulary). */
    public static BytePairEncoding train(Iterable<String> sentences, BpeConfig config) {
        return new BpeTrainer(config).train(sentences);
    }

    /** The same model with provenance to save alongside it, e.g. {@code corpus_fingerprint}. */
    public BytePairEncoding withProvenance(Map<String, String> values) {
        return new BytePairEncoding(vocabulary, merges, values);
    }

    public Vocabulary vocabulary() {
        return vocabulary;
    }

    /** {left, right, merged} piece ids in the order learned. */
    public List<int[]> merges() {
        return merges;
    }

    public Map<String, String> provenance() {
        return provenance;
    }

    public int[] encode(String text) {
        if (text.isEmpty()) {
            return NONE;
        }
        String[] words = text.split(" ", -1);
        int[][] encoded = new int[words.length][];
        int total = 0;
        for (int i = 0; i < words.length; i++) {
            encoded[i] = encodeWord(words[i]);
            total += encoded[i].length;
        }
        int[] ids = new int[total];
        int at = 0;
        for (int[] word : encoded) {
            System.arraycopy(word, 0, ids, at, word.length);
            at += word.length;
        }
        return ids;
    }

    /** The pieces of {@code text}, for inspection. */
    public List<String> pieces(String text) {
        List<String> out = new ArrayList<>();
        for (int id : encode(text)) {
            out.add(vocabulary.piece(id));
        }
        return out;
    }

    public List<EncodedPair> encode(List<SentencePair> pairs) {
        List<EncodedPair> out = new ArrayList<>(pairs.size());
        for (SentencePair p : pairs) {
            out.add(new EncodedPair(encode(p.source()), encode(p.target())));
        }
        return out;
    }

    public String decode(int[] ids) {
        StringBuilder out = new StringBuilder();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        var special = vocabulary.special();
        for (int id : ids) {
            if (Vocabulary.isByte(id)) {
                bytes.write(id - Vocabulary.FIRST_BYTE);
                continue;
            }
            flush(bytes, out);
            if (id == special.unk()) {
                out.append('\u2047');
            } else if (id != special.pad() && id != special.bos() && id != special.eos()) {
                String piece = vocabulary.piece(id);
                out.append(piece.startsWith(Vocabulary.WORD_START) ? " " + piece.substring(1) : piece);
            }
        }
        flush(bytes, out);
        return out.length() > 0 && out.charAt(0) == ' ' ? out.substring(1) : out.toString();
    }

    public void save(Path file) {
        BpeFile.write(this, file);
    }

    /** Loads a saved model; a damaged or edited file is bad input that says so. */
    public static BytePairEncoding load(Path file) {
        return BpeFile.read(file);
    }

    private int[] encodeWord(String word) {
        int[] cached = cache.get(word);
        if (cached != null) {
            return cached;
        }
        int[] s = symbols(word, charIds);
        int length = s.length;
        while (true) {
            int bestRank = Integer.MAX_VALUE;
            for (int i = 0; i + 1 < length; i++) {
                if (s[i] >= 0 && s[i + 1] >= 0) {
                    Integer rank = ranks.get(BpeTrainer.key(s[i], s[i + 1]));
                    if (rank != null && rank < bestRank) {
                        bestRank = rank;
                    }
                }
            }
            if (bestRank == Integer.MAX_VALUE) {
                break;
            }
            int[] m = merges.get(bestRank);
            length = mergeAll(s, length, m[0], m[1], m[2]);
        }
        int[] ids = spellUnknown(s, length);
        if (cache.size() >= CACHE_LIMIT) {
            cache.clear();
        }
        cache.put(word, ids);
        return ids;
    }

    /** The word-start mark, then each character's piece id, or -(code point + 1) if it has none. */
    static int[] symbols(String word, Map<String, Integer> charIds) {
        int[] s = new int[1 + word.codePointCount(0, word.length())];
        s[0] = Vocabulary.WORD_START_ID;
        int i = 1;
        for (int at = 0; at < word.length(); ) {
            int cp = word.codePointAt(at);
            at += Character.charCount(cp);
            Integer id = charIds.get(Character.toString(cp));
            s[i++] = id != null && id >= Vocabulary.FIRST_LEARNED ? id : -(cp + 1);
        }
        return s;
    }

    /** Merges every (left, right) occurrence, left to right without overlap, in place; returns the new length. */
    static int mergeAll(int[] s, int length, int left, int right, int merged) {
        int out = 0;
        for (int i = 0; i < length; i++) {
            if (i + 1 < length && s[i] == left && s[i + 1] == right) {
                s[out++] = merged;
                i++;
            } else {
                s[out++] = s[i];
            }
        }
        return out;
    }

    private static int[] spellUnknown(int[] s, int length) {
        List<Integer> ids = new ArrayList<>(length);
        for (int i = 0; i < length; i++) {
            if (s[i] >= 0) {
                ids.add(s[i]);
            } else {
                for (byte b : Character.toString(-s[i] - 1).getBytes(StandardCharsets.UTF_8)) {
                    ids.add(Vocabulary.byteId(b));
                }
            }
        }
        return ids.stream().mapToInt(Integer::intValue).toArray();
    }

    private static void flush(ByteArrayOutputStream bytes, StringBuilder out) {
        if (bytes.size() > 0) {
            out.append(bytes.toString(StandardCharsets.UTF_8));
            bytes.reset();
        }
    }
}
