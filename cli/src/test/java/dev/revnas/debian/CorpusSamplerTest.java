package dev.revnas.debian;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.revnas.InvalidInputException;
import dev.revnas.corpus.AlignedPair;
import dev.revnas.corpus.CorpusFiles;
import dev.revnas.corpus.CorpusManifest;
import dev.revnas.corpus.CorpusSampler;
import dev.revnas.corpus.Split;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusSamplerTest {
    @TempDir
    Path tmp;

    private Path corpus() throws IOException {
        MoFile catalog = new MoFile().header("UTF-8");
        for (int i = 0; i < 400; i++) {
            catalog.message("Message " + i, "Nachricht " + i);
        }
        Path out = tmp.resolve("full");
        CorpusSpec spec = new CorpusSpec("en-de", "en", "de", new CorpusSpec.Catalogs(List.of(new DebianPackage("app-l10n", "1.0"))),
                new Splitter(0.1, 0.1), 0, 0);
        new CorpusBuilder(new FakePackages(tmp.resolve("p")).catalog("app-l10n", "de", catalog), null, done -> { }).build(spec, out);
        return out;
    }

    @Test
    void drawsTheSameSubsetOfEachSplitEveryTime() throws IOException {
        Path full = corpus();
        CorpusManifest a = CorpusSampler.sample(full, tmp.resolve("a"), new CorpusSampler.Sizes(50, 10, 10));
        CorpusManifest b = CorpusSampler.sample(full, tmp.resolve("b"), new CorpusSampler.Sizes(50, 10, 10));
        assertEquals(a.fingerprint(), b.fingerprint());
        assertEquals(50L, a.splits().get("train"));
        assertEquals(10L, a.splits().get("test"));
        CorpusManifest source = CorpusFiles.verify(full);
        assertEquals(source.fingerprint(), a.sampledFrom().fingerprint());
        assertEquals(a, CorpusFiles.verify(tmp.resolve("a")));
        for (Split s : Split.values()) {
            List<AlignedPair> all = CorpusFiles.readSplit(full, source, s);
            List<AlignedPair> sample = CorpusFiles.readSplit(tmp.resolve("a"), a, s);
            assertTrue(all.containsAll(sample), s + " sample is a subset of " + s);
            List<Integer> positions = sample.stream().map(all::indexOf).toList();
            assertEquals(positions.stream().sorted().toList(), positions, "kept in corpus order");
        }
    }

    @Test
    void refusesToOverwriteAnExistingSample() throws IOException {
        Path full = corpus();
        Path out = Files.createDirectories(tmp.resolve("sample"));
        var e = assertThrows(InvalidInputException.class, () -> CorpusSampler.sample(full, out, new CorpusSampler.Sizes(5, 5, 5)));
        assertTrue(e.getMessage().contains(out.toString()), e.getMessage());
    }

    @Test
    void rejectsACorpusWhoseFilesNoLongerMatchTheManifest() throws IOException {
        Path full = corpus();
        Files.writeString(full.resolve("valid.de"), "edited\n", java.nio.file.StandardOpenOption.APPEND);
        var e = assertThrows(InvalidInputException.class,
                () -> CorpusSampler.sample(full, tmp.resolve("s"), new CorpusSampler.Sizes(5, 5, 5)));
        assertTrue(e.getMessage().startsWith(full.resolve("valid.de") + " does not match the manifest"), e.getMessage());
    }
}
