package dev.revnas.cli;

import dev.revnas.InvalidInputException;
import dev.revnas.bench.ServeBenchmark;
import java.util.concurrent.Callable;
import me.tongfei.progressbar.ProgressBar;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"p50/p99 latency and throughput of a running translation-service's POST /api/v1/translate",
            "at several numbers of concurrent clients (closed loop, one sentence per request)."})
final class BenchServeCommand implements Callable<Integer> {
    @Mixin
    ServeOptions serve;

    @Option(names = "--clients", defaultValue = "1,8,32", description = "Concurrent clients (default: ${DEFAULT-VALUE}).")
    String clients;

    @Option(names = "--requests", defaultValue = "128", description = "Timed requests per client count (default: ${DEFAULT-VALUE}).")
    int requests;

    @Option(names = "--warmup", defaultValue = "4", description = "Untimed requests first (default: ${DEFAULT-VALUE}).")
    int warmup;

    @Option(names = "--format", defaultValue = "text", description = "text or json (one object per client count).")
    String format;

    @Override
    public Integer call() {
        if (requests < 1 || warmup < 0) {
            throw new InvalidInputException("--requests must be at least 1 and --warmup at least 0");
        }
        var settings = serve.settings(requests, warmup);
        for (int c : Options.positiveInts("--clients", clients)) {
            ServeBenchmark.Result r;
            try (ProgressBar bar = Progress.bar(c + " clients", requests, "requests")) {
                r = ServeBenchmark.run(settings, c, bar::step);
            }
            if (format.equals("json")) {
                System.out.println(JsonLines.line(r));
            } else {
                System.out.printf("%2d clients, beam %d: %6.1f requests/s, p50 %7.1f ms, p99 %7.1f ms%n",
                        r.clients(), r.beam(), r.requestsPerSecond(), r.p50Millis(), r.p99Millis());
            }
        }
        return ExitCodes.OK;
    }
}
