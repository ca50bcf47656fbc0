package dev.revnas.translate.system;

import dev.revnas.translate.batch.DecodeEngine;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * revnas.translate.* (application.properties; REVNAS_TRANSLATE_* environment variables override).
 *
 * @param models a directory of model artifact directories served under their directory names (local use)
 * @param pollInterval how often deployed/ (and the models dir) are scanned for changes
 * @param maxBatchSentences most sentences decoded together in one beam search
 * @param maxWait how long the oldest queued request waits for others to share its batch
 * @param maxTextChars characters allowed per text (413 beyond)
 * @param maxTexts texts allowed per request (413 beyond)
 * @param maxBeam largest beam a request may ask for
 * @param maxLength largest "maxLength" (subword tokens) a request may ask for
 * @param requestTimeout how long a request waits for its translations (503 after)
 * @param defaultModel the model used when a request names none (default: the most recently deployed)
 * @param apiKey one API key (as before api-keys; the same as listing it there)
 * @param apiKeys the API keys the service accepts: when any is set, the LibreTranslate surface requires one as
 *     api_key, and a request to /api/v1/translate may send one as X-API-Key (an unknown one is refused)
 * @param rateLimit translation requests a minute per API key and per client address
 * @param engine what decodes: onnx (ONNX Runtime; a network the export cannot handle falls back to nd4j) or nd4j
 * @param onnxThreads ONNX Runtime's threads per model (1 decodes one sentence fastest on 2 cores; docs/benchmarks.md)
 */
@Validated
@ConfigurationProperties("revnas.translate")
public record TranslateProperties(Path models, @DefaultValue("2s") Duration pollInterval,
        @DefaultValue("32") @Positive int maxBatchSentences, @DefaultValue("5ms") Duration maxWait,
        @DefaultValue("1000") @Positive int maxTextChars, @DefaultValue("64") @Positive int maxTexts,
        @DefaultValue("16") @Positive int maxBeam, @DefaultValue("512") @Positive int maxLength,
        @DefaultValue("120s") Duration requestTimeout, String defaultModel, String apiKey, List<String> apiKeys,
        @DefaultValue @Valid RateLimit rateLimit, @DefaultValue("onnx") DecodeEngine engine,
        @DefaultValue("1") @Positive int onnxThreads) {

    /**
     * revnas.translate.rate-limit.*: how many translation requests (POST /api/v1/translate, POST /translate) one
     * caller may send a minute, as a token bucket that refills continuously; 0 is no limit.
     *
     * @param perKey for a request with an API key the service accepts
     * @param perAddress for one without, per client address
     */
    public record RateLimit(@DefaultValue("600") @PositiveOrZero int perKey, @DefaultValue("120") @PositiveOrZero int perAddress) {}
}
