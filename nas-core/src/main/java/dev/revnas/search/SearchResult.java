package dev.revnas.search;

import dev.revnas.genotype.Genotype;
import java.util.List;
import java.util.Map;

/**
 * @param alphaHistory softmax(α) per edge at the end of every epoch (and of the search)
 * @param stopped true when the listener asked to stop before the budget was spent
 */
public record SearchResult(Genotype genotype, List<AlphaSnapshot> alphaHistory, long steps, double trainLoss,
        Double validLoss, boolean stopped) {

    public record AlphaSnapshot(int epoch, long step, Map<String, double[]> alphas) {}
}
