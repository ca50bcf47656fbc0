package dev.revnas.translate.libre;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.revnas.translate.ServiceTest;
import dev.revnas.translate.TinyModel;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The LibreTranslate surface driven by a real third-party client, the `libretranslate` npm package
 * (src/test/node). Skipped only where node and npm are not installed.
 */
class LibreTranslateClientTest extends ServiceTest {
    private static final Path NODE_DIR = Path.of("src", "test", "node");

    @Test
    void theLibretranslateNpmClientTranslatesThroughTheService() throws Exception {
        assumeTrue(runs("node", "--version") && runs("npm", "--version"), "node and npm are not installed");
        if (!Files.isDirectory(NODE_DIR.resolve("node_modules").resolve("libretranslate"))) {
            assertEquals(0, run(List.of("npm", "ci", "--no-audit", "--no-fund"), 300), "npm ci");
        }
        awaitStatus("tiny", "READY");
        String sentence = TinyModel.sentences(4).get(3);
        Process node = new ProcessBuilder("node", "libretranslate-client.js", "http://localhost:" + port, sentence)
                .directory(NODE_DIR.toFile()).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String out = new String(node.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(node.waitFor(120, TimeUnit.SECONDS));
        assertEquals(0, node.exitValue(), out);

        JsonNode result = JSON.readTree(out);
        String expected = TinyModel.translateAlone(sentence);
        assertEquals(expected, result.get("enDe").path("value").asString(), out);
        assertEquals(expected, result.get("autoDe").path("value").asString(), out);
        // The client checks codes against GET /languages before it posts.
        assertTrue(result.get("unknownTarget").path("error").asString().contains("not found"), out);
        // de-en: both codes are listed, the service answers 400 {"error"}; this client then yields no text.
        assertFalse(result.get("unsupportedPair").has("value") && !result.get("unsupportedPair").get("value").isNull(), out);
    }

    private static boolean runs(String... command) {
        try {
            return run(List.of(command), 30) == 0;
        } catch (IOException e) {
            return false;
        }
    }

    private static int run(List<String> command, int seconds) throws IOException {
        Process p = new ProcessBuilder(command).directory(NODE_DIR.toFile()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        try {
            if (!p.waitFor(seconds, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return -1;
            }
            return p.exitValue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }
}
