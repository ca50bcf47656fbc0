package dev.revnas.translate.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.revnas.translate.ServiceTest;
import dev.revnas.translate.TinyModel;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class MicroBatchingTest extends ServiceTest {
    @Autowired
    MeterRegistry meters;

    @Test
    void concurrentCallersAreDecodedTogetherAndEachGetsItsOwnTranslation() throws Exception {
        awaitStatus("tiny", "READY");
        List<String> sentences = TinyModel.sentences(12);
        List<String> alone = sentences.stream().map(TinyModel::translateAlone).toList();
        double batchesBefore = batches().count();
        double sentencesBefore = batches().totalAmount();

        CyclicBarrier start = new CyclicBarrier(sentences.size());
        ExecutorService clients = Executors.newFixedThreadPool(sentences.size());
        try {
            List<CompletableFuture<Response>> answers = new ArrayList<>();
            for (String sentence : sentences) {
                answers.add(CompletableFuture.supplyAsync(() -> {
                    await(start);
                    return post("/api/v1/translate", translateBody("text", sentence, "model", "tiny"));
                }, clients));
            }
            int largestBatch = 0;
            for (int i = 0; i < sentences.size(); i++) {
                Response r = answers.get(i).get();
                assertEquals(200, r.status(), r.raw().body());
                assertEquals(alone.get(i), r.body().get("translations").get(0).asString(), "caller " + i + " got another's translation");
                largestBatch = Math.max(largestBatch, r.body().get("batchSentences").asInt());
            }
            assertTrue(largestBatch > 1, "no request shared a batch");
        } finally {
            clients.shutdownNow();
        }
        long batches = Math.round(batches().count() - batchesBefore);
        assertEquals(sentences.size(), Math.round(batches().totalAmount() - sentencesBefore), "every sentence decoded once");
        assertTrue(batches < sentences.size(), sentences.size() + " callers were decoded in " + batches + " batches");
        assertTrue(batches().max() > 1, "the batch size distribution saw no batch over 1");
    }

    private DistributionSummary batches() {
        return meters.get("revnas.translate.batch.sentences").tag("model", "tiny").summary();
    }

    private static void await(CyclicBarrier barrier) {
        try {
            barrier.await();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
