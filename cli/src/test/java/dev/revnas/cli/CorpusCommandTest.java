package dev.revnas.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusCommandTest {
    @TempDir
    Path tmp;

    /** Runs the CLI and returns its exit code and what it printed on stderr. */
    private static String[] run(String... args) {
        PrintStream err = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            int code = Main.run(args);
            return new String[] {String.valueOf(code), captured.toString(StandardCharsets.UTF_8)};
        } finally {
            System.setErr(err);
        }
    }

    @Test
    void rejectsAnUnknownPairListingTheKnownOnes() {
        String[] r = run("corpus", "build", "--pair", "en-it", "--out", tmp.resolve("x").toString());
        assertEquals("2", r[0]);
        assertTrue(r[1].contains("unknown language pair 'en-it'; allowed: en-cs, en-de, en-es, en-fr"), r[1]);
    }

    @Test
    void rejectsAnExistingOutputDirectoryNamingIt() throws Exception {
        Path out = Files.createDirectories(tmp.resolve("en-de"));
        String[] r = run("corpus", "build", "--pair", "en-de", "--out", out.toString());
        assertEquals("2", r[0]);
        assertTrue(r[1].contains("output directory already exists: " + out), r[1]);
    }

    @Test
    void verifyNamesADirectoryThatIsNotACorpus() {
        String[] r = run("corpus", "verify", tmp.toString());
        assertEquals("2", r[0]);
        assertTrue(r[1].contains(tmp + " is not a corpus directory: it has no manifest.json"), r[1]);
    }
}
