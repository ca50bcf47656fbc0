package dev.revnas.corpus;

/** One source sentence and its translation, as plain text. */
public record SentencePair(String source, String target) {}
