package dev.revnas.debian;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.revnas.InvalidInputException;
import dev.revnas.Mutations;
import dev.revnas.corpus.AlignedPair;
import dev.revnas.corpus.CorpusDirectory;
import dev.revnas.corpus.CorpusFiles;
import dev.revnas.corpus.CorpusManifest;
import dev.revnas.corpus.Split;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A corpus directory with a mutated manifest or split file is read or refused naming it, never with an unchecked exception. */
class CorpusFuzzTest {
    @TempDir
    Path tmp;
    private Path dir;

    @BeforeEach
    void writeCorpus() throws IOException {
        dir = tmp.resolve("en-de");
        CorpusManifest draft = new CorpusManifest(CorpusManifest.FORMAT, "en-de", "en", "de", null, null, null, null, null,
                null, List.of("fuzz"), null, null);
        CorpusFiles.write(dir, draft, Map.of(Split.TRAIN, pairs("train", 12), Split.VALID, pairs("valid", 3),
                Split.TEST, pairs("test", 3)));
    }

    private static List<AlignedPair> pairs(String split, int n) {
        List<AlignedPair> pairs = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            pairs.add(new AlignedPair("Open the " + split + " file " + i, "Öffne die " + split + "-Datei " + i, split + i));
        }
        return pairs;
    }

    /** What a corpus's readers do: verify it against its manifest, open it and read each split. */
    private void readAll() throws IOException {
        CorpusManifest m = CorpusFiles.verify(dir);
        for (Split s : Split.values()) {
            CorpusFiles.readSplit(dir, m, s);
        }
        readSplits();
    }

    private void readSplits() {
        CorpusDirectory corpus = CorpusDirectory.open(dir);
        for (String split : CorpusDirectory.SPLITS) {
            corpus.split(split);
        }
    }

    @Test
    void mutatedManifestsAreReadOrRefusedNamingTheCorpus() throws IOException {
        Path manifest = dir.resolve(CorpusManifest.FILE_NAME);
        var verdicts = Mutations.feed(Mutations.of(Files.readAllBytes(manifest), 4, 1500), dir.toString(), m -> {
            Files.write(manifest, m.bytes());
            readAll();
        });
        assertTrue(verdicts.refused() > 700, verdicts.toString());
    }

    /** Jackson takes zero bytes near the start for UTF-32 and fails with an I/O error, not a parse error. */
    @Test
    void aManifestThatIsNotUtf8TextIsRefusedNamingIt() throws IOException {
        Path manifest = dir.resolve(CorpusManifest.FILE_NAME);
        Files.write(manifest, new byte[] {'{', 0, 0, 0, (byte) 0x80, 0, 0, 0, '}'});
        var e = assertThrows(InvalidInputException.class, () -> CorpusFiles.verify(dir));
        assertTrue(e.getMessage().startsWith(manifest + ": not a corpus manifest"), e.getMessage());
    }

    @Test
    void mutatedSplitFilesFailVerificationAndAreReadOrRefusedNamingTheFile() throws IOException {
        Path valid = dir.resolve("valid.de");
        byte[] original = Files.readAllBytes(valid);
        var verified = Mutations.feed(Mutations.of(original, 5, 500), valid.toString(), m -> {
            Files.write(valid, m.bytes());
            CorpusFiles.verify(dir);
        });
        assertTrue(verified.refused() > 450, "a changed file fails its checksum: " + verified);
        var read = Mutations.feed(Mutations.of(original, 6, 1000), valid.toString(), m -> {
            Files.write(valid, m.bytes());
            readSplits();
        });
        assertTrue(read.refused() > 100, read.toString());
    }
}
