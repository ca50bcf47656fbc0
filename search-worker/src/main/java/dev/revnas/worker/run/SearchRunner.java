package dev.revnas.worker.run;

import dev.revnas.config.SearchConfig;
import dev.revnas.data.BytePairEncoding;
import dev.revnas.data.PreparedCorpus;
import dev.revnas.genotype.Genotype;
import dev.revnas.genotype.GenotypeJson;
import dev.revnas.io.AtomicDirectory;
import dev.revnas.search.Search;
import dev.revnas.search.SearchData;
import dev.revnas.search.SearchOutputs;
import dev.revnas.search.SearchResult;
import dev.revnas.store.ArtifactStore;
import dev.revnas.store.Checkpoints;
import dev.revnas.worker.queue.ClaimedJob;
import dev.revnas.worker.queue.WorkerQueue;
import dev.revnas.worker.system.WorkerProperties;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.nd4j.linalg.api.buffer.DataType;
import org.springframework.stereotype.Component;

/**
 * A search job, as {@code revnas search} runs it (cli/SearchCommand): BPE on the dataset, DARTS with
 * checkpoints in jobs/&lt;id&gt;/checkpoint, outputs in jobs/&lt;id&gt;/search, the genotype on the row.
 */
@Component
class SearchRunner {
    private final ArtifactStore store;
    private final WorkerQueue queue;
    private final WorkerProperties properties;

    SearchRunner(ArtifactStore store, WorkerQueue queue, WorkerProperties properties) {
        this.store = store;
        this.queue = queue;
        this.properties = properties;
    }

    /** Runs the search; true when it spent its budget and the result is recorded, false when it stopped early. */
    boolean run(ClaimedJob job, JobRun run) {
        Path out = store.searchOutputs(job.id());
        Path checkpoint = store.checkpoint(job.id());
        SearchConfig config = SearchConfig.parse(RunConfig.resolve(job.config(), store.job(job.id()), properties.checkpointEvery()),
                "job " + job.id() + " config");
        Path vocabFile = out.resolve(SearchOutputs.VOCABULARY);
        boolean resume = Files.isDirectory(AtomicDirectory.resolve(checkpoint)) && Files.exists(vocabFile);
        int maxPieces = Math.min(config.batchTokens() - 1, 250);
        Path corpus = store.resolve(job.datasetPath());
        PreparedCorpus prepared = resume
                ? PreparedCorpus.prepare(corpus, BytePairEncoding.load(vocabFile), maxPieces)
                : PreparedCorpus.prepare(corpus, config.vocabSize(), maxPieces);
        if (!resume) {
            prepared.bpe().save(vocabFile); // BpeFile writes it atomically
        } else {
            Resumption.record(queue, job, Checkpoints.searchState(checkpoint));
        }
        SearchData data = SearchData.of(prepared, config.batchTokens(), config.seed(), DataType.FLOAT);
        SearchResult result = Search.run(config, data, run.searchListener(), checkpoint, resume);
        if (result.stopped()) {
            return false;
        }
        Genotype g = result.genotype();
        Genotype.Provenance p = g.provenance();
        Genotype genotype = Genotype.of(g.hidden(), g.splits(), g.encoder(), g.decoder(), new Genotype.Provenance(
                job.id().toString(), p.corpusFingerprint(), p.seed(), p.createdAt(), p.config(), p.candidates(), p.alphas(), p.notes()));
        SearchResult recorded = new SearchResult(genotype, result.alphaHistory(), result.steps(), result.trainLoss(),
                result.validLoss(), false);
        SearchOutputs.write(out, recorded, config);
        Map<String, Object> metrics = new LinkedHashMap<>();
        metrics.put("step", result.steps());
        metrics.put("trainLoss", result.trainLoss());
        metrics.put("validLoss", result.validLoss());
        queue.searchSucceeded(job.lease(), GenotypeJson.write(genotype), JobRun.json(metrics));
        return true;
    }
}
