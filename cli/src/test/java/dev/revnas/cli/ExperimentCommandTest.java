package dev.revnas.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExperimentCommandTest {
    @Test
    void anUnknownPairDirectoryExitsWith2BeforeAnyWork(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("experiment.json");
        Files.writeString(file, """
                {"pairs": {"en-de": {"corpus": "%s", "seeds": [1]}},
                 "search": {"budget": {"steps": 1}}, "train": {"budget": {"steps": 1}}}
                """.formatted(dir.resolve("en-xx")));
        assertEquals(2, Main.run("experiment", "--config", file.toString(), "--out", dir.resolve("out").toString()));
        assertFalse(Files.exists(dir.resolve("out")), "nothing written");
    }
}
