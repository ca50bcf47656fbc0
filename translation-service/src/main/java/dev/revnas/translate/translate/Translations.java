package dev.revnas.translate.translate;

import dev.revnas.translate.batch.DecodeSettings;
import dev.revnas.translate.batch.MicroBatcher;
import dev.revnas.translate.model.ModelLease;
import dev.revnas.translate.model.ModelRegistry;
import dev.revnas.translate.model.ServedModel;
import dev.revnas.translate.system.TranslateProperties;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

/**
 * Checks texts against the limits, leases the model (so a swap or undeploy waits for this
 * request) and waits for the model's micro-batcher to translate them. Both REST surfaces use it.
 */
@Service
public class Translations {
    private final ModelRegistry registry;
    private final TranslateProperties limits;
    private final MeterRegistry meters;

    public Translations(ModelRegistry registry, TranslateProperties limits, MeterRegistry meters) {
        this.registry = registry;
        this.limits = limits;
        this.meters = meters;
    }

    /** Translates with the named model, or the default one when {@code model} is null. */
    public Translation translate(String model, List<String> texts, Integer beam, Integer maxLength, String surface) {
        check(texts, beam, maxLength);
        try (ModelLease lease = model == null ? registry.leaseDefault() : registry.lease(model)) {
            return translate(lease.model(), texts, beam, maxLength, surface);
        }
    }

    /** Translates with a model the caller holds a lease on. */
    public Translation translate(ServedModel model, List<String> texts, Integer beam, Integer maxLength, String surface) {
        long start = System.nanoTime();
        int b = beam != null ? beam : model.defaultBeam();
        String name = model.entry().name();
        MicroBatcher.Result result;
        try {
            result = model.translate(texts, new DecodeSettings(b, maxLength))
                    .get(limits.requestTimeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            throw new TranslationTimeoutException("model '" + name + "' did not translate within " + limits.requestTimeout());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TranslationTimeoutException("interrupted while waiting for model '" + name + "'");
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        }
        long took = System.nanoTime() - start;
        Timer.builder("revnas.translate.latency").description("Time from request to translations, per request")
                .tags("model", name, "surface", surface).publishPercentileHistogram().register(meters)
                .record(took, TimeUnit.NANOSECONDS);
        return new Translation(name, model.entry().id(), model.source(), model.target(), b, result.translations(),
                took / 1e6, result.queueNanos() / 1e6, result.decodeNanos() / 1e6, result.batchSentences());
    }

    /** Limits and ranges, before any model is touched. */
    public void check(List<String> texts, Integer beam, Integer maxLength) {
        if (texts.size() > limits.maxTexts()) {
            throw new BadRequestException(HttpStatus.CONTENT_TOO_LARGE, "texts",
                    texts.size() + " texts in one request; at most " + limits.maxTexts() + " are allowed");
        }
        for (int i = 0; i < texts.size(); i++) {
            String text = texts.get(i);
            String field = texts.size() == 1 ? "text" : "texts[" + i + "]";
            if (text == null || text.isBlank()) {
                throw new BadRequestException(HttpStatus.UNPROCESSABLE_CONTENT, field, field + " is empty");
            }
            if (text.length() > limits.maxTextChars()) {
                throw new BadRequestException(HttpStatus.CONTENT_TOO_LARGE, field, field + " has " + text.length()
                        + " characters; at most " + limits.maxTextChars() + " are allowed");
            }
        }
        if (beam != null && (beam < 1 || beam > limits.maxBeam())) {
            throw new BadRequestException(HttpStatus.UNPROCESSABLE_CONTENT, "beam",
                    "beam is " + beam + "; it must be between 1 and " + limits.maxBeam());
        }
        if (maxLength != null && (maxLength < 1 || maxLength > limits.maxLength())) {
            throw new BadRequestException(HttpStatus.UNPROCESSABLE_CONTENT, "maxLength",
                    "maxLength is " + maxLength + "; it must be between 1 and " + limits.maxLength());
        }
    }
}
