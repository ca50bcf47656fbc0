package dev.revnas.data;

/** One source sentence and its translation, as plain text. */
public record SentencePair(String source, String target) {}
