package dev.revnas.cli;

import dev.revnas.InvalidInputException;
import dev.revnas.bench.CpuFlags;
import dev.revnas.bench.SoakBenchmark;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "soak", mixinStandardHelpOptions = true,
        description = {"A running translation-service under concurrent clients for minutes: per minute the answers, errors,",
            "p50/p99 latency and the service's resident memory (VmRSS of --pid), and whether RSS after the warm-up",
            "stayed within 10%% of its first value after it. Start the service with its rate limits off",
            "(--revnas.translate.rate-limit.per-address=0), or the soak measures them: 429s are counted apart."})
final class BenchSoakCommand implements Callable<Integer> {
    @Mixin
    ServeOptions serve;

    @Option(names = "--pid", required = true, description = "The service's process id (its /proc/PID/status is read).")
    long pid;

    @Option(names = "--clients", defaultValue = "32", description = "Concurrent clients (default: ${DEFAULT-VALUE}).")
    int clients;

    @Option(names = "--minutes", defaultValue = "10", description = "How long (default: ${DEFAULT-VALUE}).")
    int minutes;

    @Option(names = "--warmup-minutes", defaultValue = "1",
            description = "Minutes before the RSS baseline is taken (default: ${DEFAULT-VALUE}: the baseline is the first sample of minute 2).")
    int warmupMinutes;

    @Option(names = "--format", defaultValue = "text", description = "text or json (one object per minute, then the summary).")
    String format;

    @Override
    public Integer call() {
        Path status = Path.of("/proc", Long.toString(pid), "status");
        if (!Files.isReadable(status)) {
            throw new InvalidInputException("--pid " + pid + ": no such process (/proc/" + pid + "/status cannot be read)");
        }
        if (clients < 1 || minutes < 1 || warmupMinutes < 0 || warmupMinutes >= minutes) {
            throw new InvalidInputException("--clients and --minutes must be at least 1, and --warmup-minutes between 0 and --minutes - 1");
        }
        boolean json = format.equals("json");
        if (!json) {
            System.out.printf("%d clients for %d minutes against %s (PID %d), beam %d; %s%n", clients, minutes, serve.url, pid, serve.beam,
                    CpuFlags.describe());
            System.out.println("minute  requests  errors  (429)   p50 ms   p99 ms   RSS MiB  max RSS MiB");
        }
        SoakBenchmark.Result r = SoakBenchmark.run(serve.settings(0, 0), clients, minutes, Duration.ofMinutes(1), warmupMinutes, status, m -> {
            if (json) {
                System.out.println(JsonLines.line(m));
            } else {
                System.out.printf("%6d  %8d  %6d  %5d  %7.1f  %7.1f  %8s  %11s%s%n", m.period(), m.requests(), m.errors(), m.rateLimited(),
                        m.p50Millis(), m.p99Millis(), mib(m.rssKiB()), mib(m.maxRssKiB()),
                        m.firstError() == null ? "" : "  first error: " + m.firstError());
            }
            System.out.flush();
        });
        if (json) {
            Map<String, Object> summary = new LinkedHashMap<>();
            summary.put("summary", r);
            summary.put("cpu", CpuFlags.describe());
            System.out.println(JsonLines.line(summary));
        } else {
            System.out.printf("%d requests, %d errors (%d of them 429); RSS after warm-up %s–%s MiB from %s MiB (%s): %s%n",
                    r.requests(), r.errors(), r.rateLimited(), mib(r.rssMinAfterWarmupKiB()), mib(r.rssMaxAfterWarmupKiB()),
                    mib(r.rssBaselineKiB()), r.rssGrowth() == null ? "not read" : String.format("%+.1f%%", 100 * r.rssGrowth()),
                    r.rssWithin10Percent() == null ? "RSS not read" : r.rssWithin10Percent() ? "within 10%" : "grew more than 10%");
        }
        return r.errors() == 0 && Boolean.TRUE.equals(r.rssWithin10Percent()) ? ExitCodes.OK : ExitCodes.CHECK_FAILED;
    }

    private static String mib(Long kib) {
        return kib == null ? "-" : String.format("%.0f", kib / 1024.0);
    }
}
