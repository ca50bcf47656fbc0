package dev.revnas.model;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.revnas.Mutations;
import dev.revnas.genotype.GenotypeJson;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Mutated genotype files are read or refused naming the file, never with an unchecked exception. */
class GenotypeJsonFuzzTest {
    @Test
    void mutatedGenotypesAreReadOrRefusedNamingTheFile(@TempDir Path dir) {
        Path file = dir.resolve("genotype.json");
        var verdicts = Mutations.feed(Mutations.of(GenotypeTest.VALID, 3, 2000), file.toString(), m -> {
            Files.write(file, m.bytes());
            GenotypeJson.read(file);
        });
        assertTrue(verdicts.refused() > 1000, verdicts.toString());
    }
}
