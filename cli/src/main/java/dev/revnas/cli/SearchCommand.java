package dev.revnas.cli;

import dev.revnas.InvalidInputException;
import dev.revnas.config.SearchConfig;
import dev.revnas.data.BytePairEncoding;
import dev.revnas.data.PreparedCorpus;
import dev.revnas.io.AtomicFiles;
import dev.revnas.search.Search;
import dev.revnas.search.SearchData;
import dev.revnas.search.SearchListener;
import dev.revnas.search.SearchOutputs;
import dev.revnas.search.SearchProgress;
import dev.revnas.search.SearchResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import me.tongfei.progressbar.ProgressBar;
import org.nd4j.linalg.api.buffer.DataType;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "search", mixinStandardHelpOptions = true,
        description = {
            "Runs DARTS over the reversible supernet on a corpus directory and writes genotype.json,",
            "alpha-history.csv / .json, vocab.json and the last checkpoint into --out."})
final class SearchCommand implements Callable<Integer> {
    @Option(names = "--config", required = true, description = "Search config JSON (see docs/search.md).")
    Path config;

    @Option(names = "--corpus", required = true, description = "A corpus directory made by 'revnas corpus build'.")
    Path corpus;

    @Option(names = "--out", required = true, description = "Output directory; must not exist unless --resume.")
    Path out;

    @Option(names = "--resume", description = "Continue from --out/checkpoint.")
    boolean resume;

    @Override
    public Integer call() {
        SearchConfig cfg = SearchConfig.read(config);
        Path checkpoint = out.resolve(SearchOutputs.CHECKPOINT);
        if (resume && !Files.isDirectory(checkpoint)) {
            throw new InvalidInputException("--resume: " + out + " has no checkpoint to continue from");
        }
        if (!resume && Files.exists(out)) {
            throw new InvalidInputException("output directory " + out + " already exists (use --resume to continue it)");
        }
        int maxPieces = Math.min(cfg.batchTokens() - 1, 250);
        Path vocabFile = out.resolve(SearchOutputs.VOCABULARY);
        PreparedCorpus prepared = resume && Files.exists(vocabFile)
                ? PreparedCorpus.prepare(corpus, BytePairEncoding.load(vocabFile), maxPieces)
                : PreparedCorpus.prepare(corpus, cfg.vocabSize(), maxPieces);
        if (!resume) {
            prepared.bpe().save(vocabFile);
            AtomicFiles.write(out.resolve(SearchOutputs.CONFIG), cfg.toJson());
        }
        System.err.printf("corpus %s: %d training pairs (%d too long dropped), %d validation, vocabulary %d%n",
                prepared.manifest().pair(), prepared.train().size(), prepared.droppedLong(), prepared.valid().size(),
                prepared.vocabSize());
        SearchData data = SearchData.of(prepared, cfg.batchTokens(), cfg.seed(), DataType.FLOAT);
        SearchResult result;
        BarListener listener;
        try (ProgressBar bar = Progress.percent("search", false)) {
            listener = new BarListener(bar, new ArrayList<>());
            result = Search.run(cfg, data, listener, checkpoint, resume);
        }
        SearchOutputs.write(out, result, cfg);
        System.out.printf("searched %d steps: train loss %.4f, valid loss %.4f%n", result.steps(), result.trainLoss(),
                result.validLoss());
        System.out.printf("median step throughput: %.0f target tokens/s (weight and architecture batches)%n",
                listener.medianTokensPerSecond());
        System.out.println("genotype: " + out.resolve(SearchOutputs.GENOTYPE));
        result.genotype().provenance().notes().forEach(n -> System.out.println("note: " + n));
        return ExitCodes.OK;
    }

    /** Moves the bar by percent of budget and shows loss, throughput and memory. */
    private record BarListener(ProgressBar bar, List<Double> tokensPerSecond) implements SearchListener {
        @Override
        public void onProgress(SearchProgress p) {
            tokensPerSecond.add(p.tokensPerSecond());
            bar.stepTo(Math.round(p.fraction() * 100));
            bar.setExtraMessage(String.format("loss %.2f%s %.0f tok/s", p.trainLoss(),
                    p.validLoss() == null ? "" : String.format(" valid %.2f", p.validLoss()), p.tokensPerSecond()));
        }

        double medianTokensPerSecond() {
            return tokensPerSecond.isEmpty() ? 0 : tokensPerSecond.stream().sorted().toList().get(tokensPerSecond.size() / 2);
        }
    }
}
