package dev.revnas.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/** {@code revnas score} prints sacreBLEU's scores and signatures, and names the files in its errors. */
class ScoreCommandTest {
    @TempDir
    Path dir;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private PrintStream savedOut;
    private PrintStream savedErr;
    private Path hyp;
    private Path ref1;
    private Path ref2;

    @BeforeEach
    void files() throws Exception {
        savedOut = System.out;
        savedErr = System.err;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        hyp = Files.writeString(dir.resolve("hyp.txt"), "The dog bit the man.\nIt wasn't surprising.\nThe man had just bitten him.\n");
        ref1 = Files.writeString(dir.resolve("ref1.txt"), "The dog bit the man.\nIt was not unexpected.\nThe man bit him first.\n");
        ref2 = Files.writeString(dir.resolve("ref2.txt"), "The dog had bit the man.\nNo one was surprised.\nThe man had bitten the dog.\n");
    }

    @AfterEach
    void restore() {
        System.setOut(savedOut);
        System.setErr(savedErr);
    }

    private int run(String... args) {
        return Main.run(args);
    }

    @Test
    void jsonHasFullPrecisionScoresAndSignatures() throws Exception {
        assertEquals(0, run("score", "--ref", ref1.toString(), "--ref", ref2.toString(), "--input", hyp.toString()));
        JsonNode json = new ObjectMapper().readTree(out.toString(StandardCharsets.UTF_8));
        assertEquals(48.530827, json.get("bleu").asDouble(), 1e-6);
        assertEquals("nrefs:2|case:mixed|eff:no|tok:13a|smooth:exp|version:2.6.0", json.get("signature").asString());
        assertEquals("nrefs:2|case:mixed|eff:yes|nc:6|nw:0|space:no|version:2.6.0", json.get("chrf_signature").asString());
        assertTrue(json.get("chrf").asDouble() > 0);
    }

    @Test
    void readsHypothesesFromStdinAndPrintsTextLines() {
        var savedIn = System.in;
        try {
            System.setIn(new java.io.ByteArrayInputStream("The dog bit the man.\nIt wasn't surprising.\nThe man had just bitten him.\n"
                    .getBytes(StandardCharsets.UTF_8)));
            assertEquals(0, run("score", "-r", ref1.toString(), "-r", ref2.toString(), "--metrics", "bleu", "--format", "text"));
        } finally {
            System.setIn(savedIn);
        }
        assertTrue(out.toString(StandardCharsets.UTF_8).startsWith(
                "BLEU|nrefs:2|case:mixed|eff:no|tok:13a|smooth:exp|version:2.6.0 = 48.5 "), out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void pairedBootstrapAgainstAnotherSystemGivesTheDifferenceItsIntervalAndPValue() throws Exception {
        assertEquals(0, run("score", "--ref", ref1.toString(), "--input", ref1.toString(), "--paired-bs", hyp.toString(),
                "--paired-bs-n", "200"));
        JsonNode json = new ObjectMapper().readTree(out.toString(StandardCharsets.UTF_8));
        JsonNode bleu = json.get("paired_bs").get("bleu");
        assertEquals(json.get("bleu").asDouble(), bleu.get("system").asDouble(), 1e-9);
        assertEquals(bleu.get("system").asDouble() - bleu.get("other").asDouble(), bleu.get("difference").asDouble(), 1e-9);
        assertTrue(bleu.get("difference").asDouble() > 0 && bleu.get("low").asDouble() <= bleu.get("high").asDouble(), bleu.toString());
        assertEquals(200, bleu.get("resamples").asInt());
        assertTrue(json.get("paired_bs").has("chrf"), json.toString());

        Path twoLines = Files.writeString(dir.resolve("two.txt"), "a\nb\n");
        assertEquals(ExitCodes.BAD_INPUT, run("score", "--ref", ref1.toString(), "--input", hyp.toString(), "--paired-bs", twoLines.toString()));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("--paired-bs " + twoLines + " has 2 lines but hypotheses " + hyp
                + " have 3 lines"), err.toString(StandardCharsets.UTF_8));
        assertEquals(ExitCodes.BAD_INPUT, run("score", "--ref", ref1.toString(), "--ref", ref2.toString(), "--input", hyp.toString(),
                "--paired-bs", hyp.toString()));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("--paired-bs compares with one reference"), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void lineCountMismatchNamesBothFilesAndCounts() throws Exception {
        Path shortRef = Files.writeString(dir.resolve("short.txt"), "one line\n");
        assertEquals(ExitCodes.BAD_INPUT, run("score", "--ref", shortRef.toString(), "--input", hyp.toString()));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains(
                "hypotheses " + hyp + " have 3 lines but reference " + shortRef + " has 1 line"), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void missingReferenceIsBadInput() {
        Path missing = dir.resolve("missing.txt");
        assertEquals(ExitCodes.BAD_INPUT, run("score", "--ref", missing.toString(), "--input", hyp.toString()));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains(missing + ": no such file"));
    }

    @Test
    void invalidUtf8NamesFileAndLine() throws Exception {
        Path bad = dir.resolve("bad.txt");
        Files.write(bad, new byte[] {'a', '\n', 'b', (byte) 0xC0, '\n', 'c', '\n'});
        assertEquals(ExitCodes.BAD_INPUT, run("score", "--ref", bad.toString(), "--input", hyp.toString()));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains(bad + " line 2: invalid UTF-8"));
    }
}
