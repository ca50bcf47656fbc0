package dev.revnas.translate.batch;

import dev.revnas.config.DecodingSettings;
import dev.revnas.store.ModelManifest;

/**
 * What must be equal for sentences to share one beam search: the beam and the length limit.
 *
 * @param maxLength longest translation in subword tokens; null: the model's ratio × source length + offset
 */
public record DecodeSettings(int beam, Integer maxLength) {

    /** The model's decoding defaults with this beam and length limit. */
    DecodingSettings resolve(ModelManifest.Decoding defaults) {
        if (maxLength == null) {
            return new DecodingSettings(beam, defaults.lengthPenalty(), defaults.maxLengthRatio(), defaults.maxLengthOffset());
        }
        // A ratio of (almost) zero makes the limit ⌊ratio · length⌋ + offset the same for every source.
        return new DecodingSettings(beam, defaults.lengthPenalty(), 1e-9, maxLength);
    }
}
