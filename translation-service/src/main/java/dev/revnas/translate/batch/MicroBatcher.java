package dev.revnas.translate.batch;

import dev.revnas.artifact.ModelArtifact;
import dev.revnas.decode.StepModel;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * One model's decoding thread. Requests queue here; the thread takes the oldest, waits up to
 * {@code maxWait} for more with the same {@link DecodeSettings} (until {@code maxSentences}),
 * decodes them as one beam-search batch and hands every caller its own translations.
 * Closing lets the queued requests finish first.
 */
public final class MicroBatcher implements AutoCloseable {

    /** A caller's translations and how its batch went. */
    public record Result(List<String> translations, int batchSentences, long queueNanos, long decodeNanos) {}

    private record Job(List<String> texts, DecodeSettings settings, long enqueuedNanos, CompletableFuture<Result> done) {}

    private final String model;
    private final StepModel steps;
    private final BatchDecoder decoder;
    private final int maxSentences;
    private final long maxWaitNanos;
    private final Deque<Job> queue = new ArrayDeque<>();
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition arrived = lock.newCondition();
    private final Thread worker;
    private final DistributionSummary batchSentences;
    private final DistributionSummary tokensPerSecond;
    private final Counter tokens;
    private final Timer decodeTime;
    private boolean closed;

    public MicroBatcher(String model, ModelArtifact.Loaded loaded, StepModel steps, int maxSentences, Duration maxWait,
            MeterRegistry meters) {
        this.model = model;
        this.steps = steps;
        this.decoder = new BatchDecoder(loaded, steps, maxSentences);
        this.maxSentences = maxSentences;
        this.maxWaitNanos = maxWait.toNanos();
        this.batchSentences = DistributionSummary.builder("revnas.translate.batch.sentences")
                .description("Sentences decoded together in one beam search").tag("model", model)
                .publishPercentileHistogram().register(meters);
        this.tokensPerSecond = DistributionSummary.builder("revnas.translate.tokens.per.second")
                .description("Generated subword tokens per second of decoding, per batch").tag("model", model)
                .publishPercentileHistogram().register(meters);
        this.tokens = Counter.builder("revnas.translate.tokens").description("Generated subword tokens (incl. EOS)")
                .tag("model", model).register(meters);
        this.decodeTime = Timer.builder("revnas.translate.decode").description("Beam search time per batch")
                .tag("model", model).publishPercentileHistogram().register(meters);
        Gauge.builder("revnas.translate.queue", this, MicroBatcher::queued).description("Requests waiting for their batch")
                .tag("model", model).register(meters);
        this.worker = new Thread(this::run, "decode-" + model);
        worker.setDaemon(true);
        worker.start();
    }

    /** Queues texts for translation; completes when their batch is decoded. */
    public CompletableFuture<Result> submit(List<String> texts, DecodeSettings settings) {
        CompletableFuture<Result> done = new CompletableFuture<>();
        lock.lock();
        try {
            if (closed) {
                throw new IllegalStateException("model " + model + " is no longer served");
            }
            queue.addLast(new Job(List.copyOf(texts), settings, System.nanoTime(), done));
            arrived.signal();
        } finally {
            lock.unlock();
        }
        return done;
    }

    public int queued() {
        lock.lock();
        try {
            return queue.size();
        } finally {
            lock.unlock();
        }
    }

    /** Stops taking requests; the thread decodes what is queued and then ends. */
    @Override
    public void close() {
        lock.lock();
        try {
            closed = true;
            arrived.signal();
        } finally {
            lock.unlock();
        }
    }

    private void run() {
        for (List<Job> batch; (batch = next()) != null; ) {
            decode(batch);
        }
        steps.close(); // drained: nothing decodes with it any more
    }

    /** The next batch, or null once closed and drained. */
    private List<Job> next() {
        lock.lock();
        try {
            while (queue.isEmpty()) {
                if (closed) {
                    return null;
                }
                arrived.awaitUninterruptibly();
            }
            DecodeSettings settings = queue.peekFirst().settings();
            long deadline = queue.peekFirst().enqueuedNanos() + maxWaitNanos;
            // Wait for company until the batch is full, the oldest has waited long enough, or we are closing.
            while (!closed && sentencesQueued(settings) < maxSentences) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    break;
                }
                arrived.awaitNanos(left);
            }
            List<Job> batch = new ArrayList<>();
            int sentences = 0;
            for (Iterator<Job> it = queue.iterator(); it.hasNext(); ) {
                Job job = it.next();
                if (!job.settings().equals(settings)) {
                    continue;
                }
                if (!batch.isEmpty() && sentences + job.texts().size() > maxSentences) {
                    break;
                }
                batch.add(job);
                sentences += job.texts().size();
                it.remove();
            }
            return batch;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return List.of();
        } finally {
            lock.unlock();
        }
    }

    private int sentencesQueued(DecodeSettings settings) {
        int n = 0;
        for (Job job : queue) {
            if (job.settings().equals(settings)) {
                n += job.texts().size();
            }
        }
        return n;
    }

    private void decode(List<Job> batch) {
        if (batch.isEmpty()) {
            return;
        }
        List<String> sentences = new ArrayList<>();
        batch.forEach(job -> sentences.addAll(job.texts()));
        long start = System.nanoTime();
        try {
            BatchDecoder.Decoded decoded = decoder.decode(sentences, batch.get(0).settings());
            long took = System.nanoTime() - start;
            batchSentences.record(sentences.size());
            decodeTime.record(took, TimeUnit.NANOSECONDS);
            tokens.increment(decoded.generatedTokens());
            tokensPerSecond.record(decoded.generatedTokens() / Math.max(took / 1e9, 1e-9));
            int from = 0;
            for (Job job : batch) {
                int to = from + job.texts().size();
                job.done().complete(new Result(List.copyOf(decoded.translations().subList(from, to)), sentences.size(),
                        start - job.enqueuedNanos(), took));
                from = to;
            }
        } catch (RuntimeException | Error e) {
            batch.forEach(job -> job.done().completeExceptionally(e));
        }
    }
}
