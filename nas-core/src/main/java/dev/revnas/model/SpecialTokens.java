package dev.revnas.model;

/** Ids of the special tokens every vocabulary reserves. */
public record SpecialTokens(int pad, int bos, int eos, int unk) {
    /** The layout revnas vocabularies use: pad 0, bos 1, eos 2, unk 3. */
    public static final SpecialTokens DEFAULT = new SpecialTokens(0, 1, 2, 3);
}
