package dev.revnas.api.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.revnas.api.ApiTest;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The web dashboard as a browser runs it: index.html and dashboard.js served by the service, loaded
 * in jsdom (src/test/node) against the live API. Skipped only where node and npm are not installed.
 */
class DashboardTest extends ApiTest {
    private static final Path NODE_DIR = Path.of("src", "test", "node");

    @BeforeEach
    void jsdom() throws Exception {
        assumeTrue(exitCode(30, "node", "--version") == 0 && exitCode(30, "npm", "--version") == 0,
                "node and npm are not installed");
        if (!Files.isDirectory(NODE_DIR.resolve("node_modules").resolve("jsdom"))) {
            assertThat(exitCode(300, "npm", "ci", "--no-audit", "--no-fund")).as("npm ci").isZero();
        }
    }

    @Test
    void showsASearchJobWithItsLossCurveAndTheStrongestOpOfEachEdge() throws Exception {
        String dataset = registerSample();
        String id = submitSearch(dataset);
        UUID job = UUID.fromString(id);
        // As search-worker writes them: the encoder's candidates leave out cross_attn_4 (5 ops), the decoder's keep it (6).
        jdbc.update("update jobs set status = 'RUNNING', progress = 0.25, attempts = 1, started_at = now(), "
                + "latest_metrics = '{\"step\": 2, \"totalSteps\": 8, \"trainLoss\": 6.5}' where id = ?", job);
        for (int step = 1; step <= 2; step++) {
            jdbc.update("insert into metric_points (job_id, at, step, epoch, train_loss, valid_loss, alphas) values (?, now(), ?, 0, ?, ?, ?)",
                    job, step, 7.0 - step / 2.0, step == 2 ? 6.9 : null,
                    "{\"alpha.encoder.n2.e0\": [0.1, 0.1, 0.1, 0.6, 0.1], \"alpha.decoder.n2.e1\": [0.1, 0.1, 0.1, 0.1, 0.1, 0.5]}");
        }

        Process node = start(readKey, "job");
        BufferedReader out = new BufferedReader(new InputStreamReader(node.getInputStream(), StandardCharsets.UTF_8));
        JsonNode page = JSON.readTree(out.readLine());

        assertThat(page.get("searchRow").get(0).asString()).isEqualTo(id.substring(0, 8));
        assertThat(page.get("searchRow").get(1).asString()).isEqualTo("RUNNING");
        assertThat(page.get("searchRow").get(4).asString()).isEqualTo("2 / 8");
        assertThat(page.get("datasets").toString()).contains("en-de");
        assertThat(page.get("title").asString()).isEqualTo("search job " + id);
        assertThat(page.get("lossLines").asInt()).isEqualTo(2);
        JsonNode encoder = page.get("edges").get(0);
        assertThat(encoder.get("edge").asString()).isEqualTo("encoder.n2.e0");
        assertThat(encoder.get("ops").toString()).doesNotContain("cross_attn_4");
        assertThat(encoder.get("best").asString()).isEqualTo("self_attn_4");
        assertThat(page.get("edges").get(1).get("best").asString()).isEqualTo("cross_attn_4");
        assertThat(page.get("message").asString()).isEmpty();

        // A new step while the page is open: the next polls add it to the curve (they fetch ?after= the last step).
        jdbc.update("insert into metric_points (job_id, at, step, epoch, train_loss) values (?, now(), 3, 0, 5.5)", job);
        node.getOutputStream().write('\n');
        node.getOutputStream().flush();
        assertThat(JSON.readTree(out.readLine()).get("trainPoints").asInt()).isEqualTo(3);
        finish(node, "");
    }

    @Test
    void asksForAKeyAndNamesAWrongOne() throws Exception {
        assertThat(dashboard("", "message").get("message").asString()).contains("enter an API key");
        assertThat(dashboard("not-a-key", "message").get("message").asString())
                .isEqualTo("401 the X-API-Key is not a valid key");
    }

    private JsonNode dashboard(String key, String mode) throws Exception {
        Process node = start(key, mode);
        String out = new String(node.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        finish(node, out);
        return JSON.readTree(out);
    }

    private Process start(String key, String mode) throws IOException {
        return new ProcessBuilder("node", "dashboard-check.js", "http://localhost:" + port, key, mode)
                .directory(NODE_DIR.toFile()).redirectError(ProcessBuilder.Redirect.INHERIT).start();
    }

    private static void finish(Process node, String out) throws InterruptedException {
        assertThat(node.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(node.exitValue()).as(out).isZero();
    }

    private static int exitCode(int seconds, String... command) throws InterruptedException {
        try {
            Process p = new ProcessBuilder(List.of(command)).directory(NODE_DIR.toFile()).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            if (!p.waitFor(seconds, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return -1;
            }
            return p.exitValue();
        } catch (IOException e) {
            return -1;
        }
    }
}
