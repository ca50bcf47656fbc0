package dev.revnas.data;

import dev.revnas.InvalidInputException;
import dev.revnas.model.SpecialTokens;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The subword pieces and their ids. The layout is fixed: pad 0, bos 1, eos 2, unk 3 (as
 * {@link SpecialTokens#DEFAULT}); 256 byte pieces {@code <0x00>..<0xFF>} at 4..259 that spell
 * characters without a piece of their own; the word-start mark {@code ▁} at 260; then the
 * learned characters and merged pieces. A learned piece that begins with {@code ▁} begins a word.
 */
public final class Vocabulary {
    public static final String WORD_START = "\u2581";
    public static final int FIRST_BYTE = 4;
    public static final int WORD_START_ID = FIRST_BYTE + 256;
    public static final int FIRST_LEARNED = WORD_START_ID + 1;
    private static final List<String> SPECIAL = List.of("<pad>", "<s>", "</s>", "<unk>");

    private final List<String> pieces;
    private final Map<String, Integer> ids;

    /** Checks the layout and that every piece is distinct. */
    Vocabulary(List<String> pieces) {
        List<String> reserved = reserved();
        if (pieces.size() < reserved.size() || !pieces.subList(0, reserved.size()).equals(reserved)) {
            throw new InvalidInputException("vocabulary must start with <pad>, <s>, </s>, <unk>, the 256 byte pieces and "
                    + WORD_START);
        }
        this.pieces = List.copyOf(pieces);
        this.ids = new HashMap<>(2 * pieces.size());
        for (int id = 0; id < pieces.size(); id++) {
            String piece = pieces.get(id);
            if (id >= FIRST_LEARNED && (piece.isEmpty() || piece.indexOf(' ') >= 0 || piece.indexOf(WORD_START, 1) >= 0
                    || piece.equals(WORD_START))) {
                throw new InvalidInputException("vocabulary piece " + id + " '" + piece + "' is not a valid learned piece");
            }
            if (ids.putIfAbsent(piece, id) != null) {
                throw new InvalidInputException("vocabulary piece '" + piece + "' appears twice (ids " + ids.get(piece) + " and " + id + ")");
            }
        }
    }

    /** The 261 pieces every vocabulary starts with. */
    static List<String> reserved() {
        List<String> r = new ArrayList<>(SPECIAL);
        for (int b = 0; b < 256; b++) {
            r.add(String.format("<0x%02X>", b));
        }
        r.add(WORD_START);
        return r;
    }

    public SpecialTokens special() {
        return SpecialTokens.DEFAULT;
    }

    public int size() {
        return pieces.size();
    }

    public String piece(int id) {
        return pieces.get(id);
    }

    /** The id of a piece, or -1. */
    public int id(String piece) {
        return ids.getOrDefault(piece, -1);
    }

    public List<String> pieces() {
        return pieces;
    }

    public static int byteId(int b) {
        return FIRST_BYTE + (b & 0xFF);
    }

    public static boolean isByte(int id) {
        return id >= FIRST_BYTE && id < WORD_START_ID;
    }
}
