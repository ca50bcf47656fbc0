package dev.revnas.translate.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.revnas.translate.ServiceTest;
import dev.revnas.translate.TinyModel;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

class DeploymentTest extends ServiceTest {

    @Test
    void deployingAndUndeployingUnderLoadDropsNoRequest(@TempDir Path dir) throws Exception {
        awaitStatus("tiny", "READY");
        String sentence = TinyModel.sentences(3).get(2);
        String expected = TinyModel.translateAlone(sentence);
        ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<String> servedBy = new ConcurrentLinkedQueue<>();
        AtomicBoolean running = new AtomicBoolean(true);
        ExecutorService clients = Executors.newFixedThreadPool(4);
        for (int c = 0; c < 4; c++) {
            String model = c % 2 == 0 ? "tiny" : "hot";
            clients.submit(() -> {
                while (running.get()) {
                    Response r = post("/api/v1/translate", translateBody("text", sentence, "model", model));
                    if (model.equals("hot") && (r.status() == 404 || r.status() == 503 && "LOADING".equals(r.body().path("modelStatus").asString()))) {
                        continue; // not deployed yet, still loading, or undeployed: the acceptable answers for "hot"
                    }
                    if (r.status() != 200 || !expected.equals(r.body().get("translations").get(0).asString())) {
                        failures.add(model + ": " + r.status() + " " + r.raw().body());
                    } else {
                        servedBy.add(model + "/" + r.body().get("modelId").asString());
                    }
                }
            });
        }
        // Each phase lasts until the clients have been answered in it (not for a fixed time, which a slow machine may not fill).
        try {
            awaitServed(servedBy, failures, "tiny/tiny-1", 1);
            deploy("hot", TinyModel.copy(dir.resolve("hot")), "hot-1");
            awaitStatus("hot", "READY");
            // A new version under the same name; in the store, because it outlives this test.
            deploy("tiny", TinyModel.copy(ARTIFACTS.resolve("models").resolve("tiny-2")), "tiny-2");
            awaitServedId("tiny", "tiny-2");
            awaitServed(servedBy, failures, "hot/hot-1", 1);
            awaitServed(servedBy, failures, "tiny/tiny-2", 1);
            undeploy("hot");
            awaitStatus("hot", null);
            // Requests to tiny go on being answered after hot is gone.
            awaitServed(servedBy, failures, "tiny/tiny-2", count(servedBy, "tiny/tiny-2") + 2);
        } finally {
            running.set(false);
            clients.shutdown();
            assertTrue(clients.awaitTermination(60, TimeUnit.SECONDS));
        }
        assertEquals(List.of(), List.copyOf(failures));
        assertTrue(servedBy.contains("hot/hot-1"), "the hot-deployed model served requests");
        assertTrue(servedBy.contains("tiny/tiny-1") && servedBy.contains("tiny/tiny-2"), "both versions of tiny served requests");
        Response gone = post("/api/v1/translate", translateBody("text", sentence, "model", "hot"));
        assertEquals(404, gone.status());
        assertTrue(gone.body().get("detail").asString().contains("hot"));
    }

    @Test
    void aCorruptedArtifactIsReportedAndTheOthersKeepServing(@TempDir Path dir) throws Exception {
        awaitStatus("tiny", "READY");
        Path broken = TinyModel.copy(dir.resolve("broken"));
        try (RandomAccessFile weights = new RandomAccessFile(broken.resolve("weights.tensors").toFile(), "rw")) {
            weights.seek(weights.length() / 2);
            int b = weights.read();
            weights.seek(weights.length() / 2);
            weights.write(b ^ 0xFF);
        }
        deploy("broken", broken, "broken-1");
        awaitStatus("broken", "FAILED");
        try {
            JsonNode listed = null;
            for (JsonNode m : get("/api/v1/models").body().get("models")) {
                if (m.get("name").asString().equals("broken")) {
                    listed = m;
                }
            }
            assertTrue(listed.get("error").asString().contains("weights.tensors"), listed.toString());

            Response r = post("/api/v1/translate", translateBody("text", "Open the file .", "model", "broken"));
            assertEquals(503, r.status(), r.raw().body());
            assertEquals("broken", r.body().get("model").asString());
            assertTrue(r.body().get("detail").asString().contains("failed to load"), r.raw().body());

            Response health = get("/actuator/health");
            assertEquals(200, health.status(), health.raw().body());
            assertTrue(health.raw().body().contains("weights.tensors"), "health names the failure: " + health.raw().body());

            Response tiny = post("/api/v1/translate", translateBody("text", "Open the file .", "model", "tiny"));
            assertEquals(200, tiny.status(), tiny.raw().body());
        } finally {
            undeploy("broken");
            awaitStatus("broken", null);
        }
    }

    @Test
    void aDeploymentFileThatIsNotJsonIsIgnored(@TempDir Path dir) throws Exception {
        Files.writeString(Files.createDirectories(ARTIFACTS.resolve("deployed")).resolve("garbage.json"), "{not json");
        try {
            // A model deployed after the garbage is found by a scan that also read the garbage (a fixed sleep may see no scan).
            deploy("canary", TinyModel.copy(dir.resolve("canary")), "canary-1");
            awaitStatus("canary", "READY");
            undeploy("canary");
            awaitStatus("canary", null);
            assertEquals(null, status("garbage"));
            assertEquals("READY", status("tiny"));
        } finally {
            Files.delete(ARTIFACTS.resolve("deployed").resolve("garbage.json"));
        }
    }

    private static long count(ConcurrentLinkedQueue<String> servedBy, String modelAndId) {
        return servedBy.stream().filter(modelAndId::equals).count();
    }

    /** Waits until {@code modelAndId} has answered {@code times} requests in all (a minute at most: a loaded machine is slow). */
    private static void awaitServed(ConcurrentLinkedQueue<String> servedBy, ConcurrentLinkedQueue<String> failures, String modelAndId,
            long times) throws InterruptedException {
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (count(servedBy, modelAndId) < times) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError(modelAndId + " answered " + count(servedBy, modelAndId) + " requests in a minute, not "
                        + times + "; failures: " + failures);
            }
            Thread.sleep(20);
        }
    }

    private void awaitServedId(String name, String id) throws InterruptedException {
        for (int i = 0; i < 1200; i++) {
            for (JsonNode m : get("/api/v1/models").body().get("models")) {
                if (m.get("name").asString().equals(name) && id.equals(m.path("servingId").asString())) {
                    return;
                }
            }
            Thread.sleep(50);
        }
        throw new AssertionError(name + " never served " + id);
    }
}
