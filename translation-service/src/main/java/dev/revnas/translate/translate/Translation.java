package dev.revnas.translate.translate;

import java.util.List;

/** Translations of one request and what they cost. */
public record Translation(String model, String modelId, String source, String target, int beam, List<String> translations,
        double millis, double queueMillis, double decodeMillis, int batchSentences) {}
