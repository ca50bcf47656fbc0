package dev.revnas.corpus;

/**
 * A source sentence, its translation, and the unit that is held out as a whole when splitting:
 * the normalised source for catalog messages, the chapter for Bible verses.
 */
public record AlignedPair(String source, String target, String unit) {}
