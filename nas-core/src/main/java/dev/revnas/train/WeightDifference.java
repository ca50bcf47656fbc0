package dev.revnas.train;

import dev.revnas.model.EncoderDecoder;
import dev.revnas.ops.Param;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** Whether two trainings ended with the same weights, up to rounding: every parameter, by name. */
public final class WeightDifference {
    private WeightDifference() {}

    /**
     * The first parameter that differs, in words; empty when none does.
     *
     * @param tolerance of ‖actual − expected‖₂, relative to ‖expected‖₂ (absolute below a norm of 1)
     */
    public static Optional<String> of(EncoderDecoder expected, EncoderDecoder actual, double tolerance) {
        Map<String, Param> byName = new LinkedHashMap<>();
        expected.params().forEach(p -> byName.put(p.name(), p));
        if (byName.size() != actual.params().size()) {
            return Optional.of(actual.params().size() + " parameter tensors against " + byName.size());
        }
        for (Param p : actual.params()) {
            Param e = byName.get(p.name());
            if (e == null) {
                return Optional.of("parameter " + p.name() + " is not in the expected model");
            }
            if (!Arrays.equals(e.value().shape(), p.value().shape())) {
                return Optional.of(p.name() + " has shape " + Arrays.toString(p.value().shape()) + " against "
                        + Arrays.toString(e.value().shape()));
            }
            double norm = e.value().norm2Number().doubleValue();
            double diff = p.value().sub(e.value()).norm2Number().doubleValue();
            if (!(diff <= tolerance * Math.max(1, norm))) {
                return Optional.of(p.name() + " differs by " + diff + " (norm " + norm + ")");
            }
        }
        return Optional.empty();
    }
}
