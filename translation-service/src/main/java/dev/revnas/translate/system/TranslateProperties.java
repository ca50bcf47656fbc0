package dev.revnas.translate.system;

import jakarta.validation.constraints.Positive;
import java.nio.file.Path;
import java.time.Duration;
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
 * @param apiKey when set, the LibreTranslate surface requires it as api_key
 */
@Validated
@ConfigurationProperties("revnas.translate")
public record TranslateProperties(Path models, @DefaultValue("2s") Duration pollInterval,
        @DefaultValue("32") @Positive int maxBatchSentences, @DefaultValue("5ms") Duration maxWait,
        @DefaultValue("1000") @Positive int maxTextChars, @DefaultValue("64") @Positive int maxTexts,
        @DefaultValue("16") @Positive int maxBeam, @DefaultValue("512") @Positive int maxLength,
        @DefaultValue("120s") Duration requestTimeout, String defaultModel, String apiKey) {}
