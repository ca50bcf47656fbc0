package dev.revnas.bench;

import dev.revnas.InvalidInputException;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * A running translation-service under {@code clients} closed-loop callers (as {@link ServeBenchmark}) for a
 * number of periods (minutes on the command line): per period the answers, the errors (anything but 200,
 * 429s counted apart), p50/p99 latency and the service process's resident memory (VmRSS, sampled every
 * second); and whether the RSS after warm-up stayed within 10% of its first value after warm-up (a leak grows it).
 */
public final class SoakBenchmark {

    /**
     * One period: answers that arrived in it; {@code rssKiB} at its end and {@code maxRssKiB} over it (null: the
     * process was not readable); {@code firstError} the first non-200 answer or failure, for the log.
     */
    public record Period(int period, long requests, long errors, long rateLimited, double p50Millis, double p99Millis, Long rssKiB,
            Long maxRssKiB, String firstError) {}

    /**
     * The whole run. {@code rssBaselineKiB} is the first RSS sample after the warm-up periods, {@code rssMaxAfterWarmupKiB}
     * and {@code rssMinAfterWarmupKiB} the extremes after it, {@code rssGrowth} max / baseline − 1, and
     * {@code rssWithin10Percent} whether the max stayed at most 10% above the baseline (null when RSS could not be read).
     */
    public record Result(int clients, int periods, double periodSeconds, int warmupPeriods, long requests, long errors, long rateLimited,
            Long rssBaselineKiB, Long rssMinAfterWarmupKiB, Long rssMaxAfterWarmupKiB, Double rssGrowth, Boolean rssWithin10Percent) {}

    private SoakBenchmark() {}

    /**
     * @param settings the service and what to send ({@code requests} and {@code warmup} are not used: the soak runs for its periods)
     * @param processStatus the service's /proc/PID/status, whose VmRSS line is read every second (a tenth of a shorter period)
     * @param onPeriod called as each period ends
     */
    public static Result run(ServeBenchmark.Settings settings, int clients, int periods, Duration period, int warmupPeriods,
            Path processStatus, Consumer<Period> onPeriod) {
        if (clients < 1 || periods < 1 || warmupPeriods < 0 || warmupPeriods >= periods) {
            throw new InvalidInputException("a soak needs at least 1 client and more periods (" + periods + ") than warm-up periods ("
                    + warmupPeriods + ")");
        }
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        List<Tally> tallies = new ArrayList<>();
        for (int i = 0; i < periods; i++) {
            tallies.add(new Tally());
        }
        long start = System.nanoTime();
        long periodNanos = period.toNanos();
        long end = start + periods * periodNanos;
        Memory memory = new Memory(processStatus, periods, periodNanos, start, warmupPeriods);
        ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor();
        sampler.scheduleAtFixedRate(memory::sample, 0, Math.max(1, Math.min(1000, period.toMillis() / 10)), TimeUnit.MILLISECONDS);
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        AtomicLong next = new AtomicLong();
        for (int c = 0; c < clients; c++) {
            pool.submit(() -> {
                for (long now = System.nanoTime(); now < end; now = System.nanoTime()) {
                    String sentence = settings.sentences().get((int) (next.getAndIncrement() % settings.sentences().size()));
                    String error;
                    int status = 0;
                    try {
                        HttpResponse<String> r = ServeBenchmark.post(http, settings, sentence);
                        status = r.statusCode();
                        error = status == 200 ? null : status + " " + r.body();
                    } catch (IOException | RuntimeException e) {
                        error = e.toString();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                    long done = System.nanoTime();
                    int p = (int) Math.min(periods - 1, (done - start) / periodNanos); // an answer after the end counts in the last
                    tallies.get(p).add((done - now) / 1e6, error, status == 429);
                }
            });
        }
        List<Period> out = new ArrayList<>();
        try {
            for (int p = 0; p < periods; p++) {
                long until = start + (p + 1) * periodNanos;
                for (long wait; (wait = until - System.nanoTime()) > 0; ) {
                    TimeUnit.NANOSECONDS.sleep(Math.min(wait, 100_000_000L));
                }
                if (p == periods - 1) {
                    pool.shutdown();
                    pool.awaitTermination(10, TimeUnit.MINUTES); // the answers still in flight count for the last period
                }
                Period done = tallies.get(p).period(p + 1, memory.last(p), memory.max(p));
                out.add(done);
                onPeriod.accept(done);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } finally {
            pool.shutdownNow();
            sampler.shutdownNow();
        }
        return memory.result(clients, periods, period, warmupPeriods, out);
    }

    /** The answers of one period. */
    private static final class Tally {
        private final List<Double> millis = new ArrayList<>();
        private long errors;
        private long rateLimited;
        private String firstError;

        synchronized void add(double ms, String error, boolean limited) {
            millis.add(ms);
            if (error != null) {
                errors++;
                rateLimited += limited ? 1 : 0;
                firstError = firstError == null ? error : firstError;
            }
        }

        synchronized Period period(int number, Long rss, Long maxRss) {
            double[] sorted = millis.stream().mapToDouble(Double::doubleValue).sorted().toArray();
            double p50 = sorted.length == 0 ? Double.NaN : DecodeBenchmark.percentile(sorted, 0.50);
            double p99 = sorted.length == 0 ? Double.NaN : DecodeBenchmark.percentile(sorted, 0.99);
            return new Period(number, sorted.length, errors, rateLimited, p50, p99, rss, maxRss,
                    firstError == null ? null : firstError.substring(0, Math.min(300, firstError.length())));
        }
    }

    /** RSS samples of the service by period, and the first one after the warm-up. */
    private static final class Memory {
        private final Path status;
        private final long start;
        private final long periodNanos;
        private final long warmupEnd;
        private final Long[] last;
        private final Long[] max;
        private Long baseline;
        private Long minAfter;
        private Long maxAfter;

        Memory(Path status, int periods, long periodNanos, long start, int warmupPeriods) {
            this.status = status;
            this.start = start;
            this.periodNanos = periodNanos;
            this.warmupEnd = start + warmupPeriods * periodNanos;
            this.last = new Long[periods];
            this.max = new Long[periods];
        }

        synchronized void sample() {
            long now = System.nanoTime();
            int p = (int) ((now - start) / periodNanos);
            Long kib = rssKiB(status);
            if (kib == null || p >= last.length) {
                return;
            }
            last[p] = kib;
            max[p] = max[p] == null ? kib : Math.max(max[p], kib);
            if (now >= warmupEnd) {
                baseline = baseline == null ? kib : baseline;
                minAfter = minAfter == null ? kib : Math.min(minAfter, kib);
                maxAfter = maxAfter == null ? kib : Math.max(maxAfter, kib);
            }
        }

        synchronized Long last(int p) {
            return last[p];
        }

        synchronized Long max(int p) {
            return max[p];
        }

        synchronized Result result(int clients, int periods, Duration period, int warmupPeriods, List<Period> out) {
            long requests = out.stream().mapToLong(Period::requests).sum();
            long errors = out.stream().mapToLong(Period::errors).sum();
            long limited = out.stream().mapToLong(Period::rateLimited).sum();
            Double growth = baseline == null ? null : (double) maxAfter / baseline - 1;
            return new Result(clients, periods, period.toNanos() / 1e9, warmupPeriods, requests, errors, limited, baseline, minAfter,
                    maxAfter, growth, growth == null ? null : growth <= 0.10);
        }
    }

    /** VmRSS of /proc/PID/status in KiB, or null when the process is gone or the file has no such line. */
    static Long rssKiB(Path status) {
        try {
            for (String line : Files.readAllLines(status)) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.substring(6).replace("kB", "").trim());
                }
            }
        } catch (IOException | NumberFormatException e) {
            return null;
        }
        return null;
    }
}
