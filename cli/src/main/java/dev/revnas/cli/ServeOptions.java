package dev.revnas.cli;

import dev.revnas.InvalidInputException;
import dev.revnas.bench.ServeBenchmark;
import java.net.URI;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** What {@code bench serve} and {@code bench soak} send to a running translation-service. */
final class ServeOptions {
    @Option(names = "--url", defaultValue = "http://localhost:8081", description = "The service (default: ${DEFAULT-VALUE}).")
    URI url;

    @Option(names = "--model", description = "Model name (default: the service's default model).")
    String model;

    @Option(names = "--beam", defaultValue = "4")
    int beam;

    @Option(names = "--max-length", description = "Longest translation in subwords (default: the model's ratio x source length + 10).")
    Integer maxLength;

    @Option(names = "--sentences", defaultValue = "data/samples/en-de/test.en",
            description = "Source sentences, one a line; joined to about --words words (default: ${DEFAULT-VALUE}).")
    Path sentences;

    @Option(names = "--words", defaultValue = "15", description = "Words per source sentence, ~20 subwords (default: ${DEFAULT-VALUE}).")
    int words;

    /** The settings with {@code requests} timed requests after {@code warmup} untimed ones. */
    ServeBenchmark.Settings settings(int requests, int warmup) {
        if (words < 1 || beam < 1) {
            throw new InvalidInputException("--words and --beam must be at least 1");
        }
        return new ServeBenchmark.Settings(url, model, beam, maxLength, ServeBenchmark.sentences(sentences, words, Math.max(64, requests)),
                requests, warmup);
    }
}
