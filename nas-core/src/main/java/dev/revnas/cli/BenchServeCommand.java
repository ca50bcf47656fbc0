package dev.revnas.cli;

import dev.revnas.InvalidInputException;
import dev.revnas.bench.ServeBenchmark;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import me.tongfei.progressbar.ProgressBar;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"p50/p99 latency and throughput of a running translation-service's POST /api/v1/translate",
            "at several numbers of concurrent clients (closed loop, one sentence per request)."})
final class BenchServeCommand implements Callable<Integer> {
    @Option(names = "--url", defaultValue = "http://localhost:8081", description = "The service (default: ${DEFAULT-VALUE}).")
    URI url;

    @Option(names = "--model", description = "Model name (default: the service's default model).")
    String model;

    @Option(names = "--clients", defaultValue = "1,8,32", description = "Concurrent clients (default: ${DEFAULT-VALUE}).")
    String clients;

    @Option(names = "--beam", defaultValue = "4")
    int beam;

    @Option(names = "--max-length", description = "Longest translation in subwords (default: the model's ratio x source length + 10).")
    Integer maxLength;

    @Option(names = "--requests", defaultValue = "128", description = "Timed requests per client count (default: ${DEFAULT-VALUE}).")
    int requests;

    @Option(names = "--warmup", defaultValue = "4", description = "Untimed requests first (default: ${DEFAULT-VALUE}).")
    int warmup;

    @Option(names = "--sentences", defaultValue = "data/samples/en-de/test.en",
            description = "Source sentences, one a line; joined to about --words words (default: ${DEFAULT-VALUE}).")
    Path sentences;

    @Option(names = "--words", defaultValue = "15", description = "Words per source sentence, ~20 subwords (default: ${DEFAULT-VALUE}).")
    int words;

    @Option(names = "--format", defaultValue = "text", description = "text or json (one object per client count).")
    String format;

    @Override
    public Integer call() {
        if (requests < 1 || warmup < 0 || words < 1 || beam < 1) {
            throw new InvalidInputException("--requests, --words and --beam must be at least 1 and --warmup at least 0");
        }
        List<String> sources = ServeBenchmark.sentences(sentences, words, Math.max(64, requests));
        for (int c : Options.positiveInts("--clients", clients)) {
            var settings = new ServeBenchmark.Settings(url, model, beam, maxLength, sources, requests, warmup);
            ServeBenchmark.Result r;
            try (ProgressBar bar = Progress.bar(c + " clients", requests, "requests")) {
                r = ServeBenchmark.run(settings, c, bar::step);
            }
            if (format.equals("json")) {
                System.out.println(Json.line(r));
            } else {
                System.out.printf("%2d clients, beam %d: %6.1f requests/s, p50 %7.1f ms, p99 %7.1f ms%n",
                        r.clients(), r.beam(), r.requestsPerSecond(), r.p50Millis(), r.p99Millis());
            }
        }
        return ExitCodes.OK;
    }
}
