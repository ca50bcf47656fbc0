package dev.revnas.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import picocli.CommandLine;

/** {@code revnas chaos} refuses a plan that makes no sense, naming the option, before it starts anything. */
class ChaosCommandTest {
    @TempDir
    Path home;
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private PrintStream savedErr;

    @BeforeEach
    void capture() {
        savedErr = System.err;
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void restore() {
        System.setErr(savedErr);
    }

    private int chaos(String... args) {
        List<String> all = new ArrayList<>(List.of("chaos", "--home", home.toString(), "--state", home.resolve("s").toString()));
        all.addAll(List.of(args));
        return Main.run(all.toArray(String[]::new));
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "--workers | 0  | --workers is 0; it must be at least 1",
        "--kills   | -1 | --kills is -1; it must be at least 0",
        "--jobs    | 0  | --jobs is 0; it must be at least 1",
        "--lease   | 1  | --lease is 1 s; it must be at least 2",
        "--format  | xml | --format 'xml' is not supported; allowed: json, text"})
    void aPlanThatMakesNoSenseIsBadInputNamingTheOption(String option, String value, String message) {
        assertEquals(ExitCodes.BAD_INPUT, chaos(option, value));
        assertTrue(err().contains(message), err());
    }

    @Test
    void aValidPlanWithoutTheBuiltJarsSaysHowToBuildThem() {
        assertEquals(ExitCodes.BAD_INPUT, chaos("--workers", "2", "--jobs", "8", "--kills", "3"));
        assertTrue(err().contains("not built: ") && err().contains("search-worker.jar"), err());
    }

    @Test
    void theDefaultsAreTheIssuesRun() {
        ChaosCommand c = new ChaosCommand();
        new CommandLine(c).parseArgs();
        var plan = c.plan();
        assertEquals(List.of(4, 200, 20), List.of(plan.workers(), plan.jobs(), plan.kills()));
        assertEquals(21, plan.maxAttempts());
    }
}
