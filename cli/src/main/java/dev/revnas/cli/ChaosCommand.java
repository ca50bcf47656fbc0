package dev.revnas.cli;

import dev.revnas.InvalidInputException;
import dev.revnas.platform.PlatformConfig;
import dev.revnas.platform.PlatformKeys;
import dev.revnas.platform.Readiness;
import dev.revnas.platform.Service;
import dev.revnas.platform.chaos.Chaos;
import dev.revnas.platform.chaos.ChaosPlan;
import dev.revnas.platform.chaos.ChaosReport;
import java.io.IOException;
import java.io.PrintStream;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.concurrent.Callable;
import me.tongfei.progressbar.ProgressBar;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "chaos", mixinStandardHelpOptions = true,
        description = "Starts api-service and N search-workers on this machine (on an embedded H2 database under --state "
                + "unless --db-url is given), submits tiny searches and trainings over HTTP (every fourth twice, same seed), "
                + "SIGKILLs random workers at random moments and restarts them, and reports jobs succeeded, failed, lost, "
                + "run by two workers at once (from the job events) and different from an uninterrupted run of the same "
                + "request (genotype; model weights). Exit code 1 unless all four of failed, lost, concurrent and "
                + "mismatched are 0.")
final class ChaosCommand implements Callable<Integer> {
    @Mixin
    PlatformOptions platform;

    @Option(names = "--workers", defaultValue = "4", description = "search-worker processes (default ${DEFAULT-VALUE}).")
    int workers;

    @Option(names = "--jobs", defaultValue = "200", description = "Jobs to submit (default ${DEFAULT-VALUE}).")
    int jobs;

    @Option(names = "--kills", defaultValue = "20", description = "Workers to SIGKILL (default ${DEFAULT-VALUE}).")
    int kills;

    @Option(names = "--seed", defaultValue = "1", description = "Draws the jobs, the kills' moments and victims (default ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--deadline", defaultValue = "120",
            description = "Minutes; a job not finished by then is lost (default ${DEFAULT-VALUE}).")
    int deadlineMinutes;

    @Option(names = "--lease", defaultValue = "15",
            description = "The workers' lease in seconds: how long a killed worker's job waits (default ${DEFAULT-VALUE}).")
    int leaseSeconds;

    @Option(names = "--max-attempts", description = "Attempts a job gets (default: 3, or --kills + 1 when more).")
    Integer maxAttempts;

    @Option(names = "--format", defaultValue = "text", description = "text or json (one line) (default: ${DEFAULT-VALUE}).")
    String format;

    private final PrintStream out = System.out;

    @Override
    public Integer call() throws IOException, InterruptedException {
        if (!format.equals("json") && !format.equals("text")) {
            throw new InvalidInputException("--format '" + format + "' is not supported; allowed: json, text");
        }
        ChaosPlan plan = plan();
        String stamp = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
        PlatformConfig config = platform.config(Map.of(Service.API, platform.apiPort), "runs/chaos-" + stamp,
                PlatformKeys.generate());
        ChaosReport report;
        try (BarDisplay display = new BarDisplay()) {
            report = new Chaos(config, plan, display, Duration.ofSeconds(platform.readyTimeout)).run();
        } catch (Readiness.NotReadyException e) {
            System.err.println("revnas: " + e.getMessage());
            return ExitCodes.INTERNAL;
        }
        out.println(format.equals("json") ? JsonLines.line(report) : summary(report, config));
        return report.passed() ? ExitCodes.OK : ExitCodes.CHECK_FAILED;
    }

    ChaosPlan plan() {
        Duration deadline = Duration.ofMinutes(deadlineMinutes);
        Duration lease = Duration.ofSeconds(leaseSeconds);
        return maxAttempts == null ? ChaosPlan.of(workers, jobs, kills, seed, deadline, lease)
                : new ChaosPlan(workers, jobs, kills, seed, deadline, lease, maxAttempts);
    }

    static String summary(ChaosReport r, PlatformConfig config) {
        StringBuilder s = new StringBuilder();
        s.append(String.format("chaos: %d jobs on %d workers, %d of %d kills, seed %d, %s, %d min %d s%n", r.jobs(),
                r.workers(), r.killsDone(), r.kills(), r.seed(), r.database(), r.seconds() / 60, r.seconds() % 60));
        s.append(String.format("  succeeded    %d%n  failed       %d%n  lost         %d%n", r.succeeded(), r.failed(), r.lost()));
        s.append(String.format("  interrupted  %d (claimed more than once)%n", r.interrupted()));
        s.append(String.format("  concurrent   %d (jobs two workers ran at once)%n", r.concurrent()));
        s.append(String.format("  mismatches   %d of %d compared with an uninterrupted run (%d reruns)%n", r.mismatches(),
                r.compared(), r.references()));
        if (r.unexpectedExits() > 0) {
            s.append(String.format("  workers that died unkilled: %d (see %s)%n", r.unexpectedExits(), config.logsDir()));
        }
        for (ChaosReport.Problem p : r.problems()) {
            s.append(String.format("  %-10s job #%d %s: %s%n", p.type(), p.index(), p.job(), p.detail()));
        }
        s.append(r.passed() ? "passed: nothing lost, failed, run twice at once or different"
                : "FAILED: see the problems above; logs in " + config.logsDir());
        return s.toString();
    }

    /** A bar per phase on stderr (a line a minute when it is not a terminal), lines on stderr too: stdout is the report. */
    private static final class BarDisplay implements Chaos.Display, AutoCloseable {
        private ProgressBar bar;
        private String phase;

        @Override
        public void say(String line) {
            System.err.println("chaos: " + line);
        }

        @Override
        public void progress(String phase, int finished, int total, String state) {
            if (!phase.equals(this.phase)) {
                close();
                this.phase = phase;
                bar = Progress.bar("chaos " + phase, total, phase.equals("compare") ? "pairs" : "jobs");
            }
            bar.stepTo(finished);
            bar.setExtraMessage(state);
        }

        @Override
        public void close() {
            if (bar != null) {
                bar.close();
                bar = null;
            }
        }
    }
}
