package dev.revnas.debian;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.revnas.corpus.AlignedPair;
import dev.revnas.corpus.CorpusFiles;
import dev.revnas.corpus.CorpusManifest;
import dev.revnas.corpus.Split;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The committed samples in data/samples/<pair> are what tests and the quickstart read: they must hold what their manifests say. */
class SamplesTest {
    private static Path samples() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve("data/samples"))) {
                return dir.resolve("data/samples");
            }
        }
        throw new AssertionError("no data/samples above " + Path.of("").toAbsolutePath());
    }

    @ParameterizedTest
    @ValueSource(strings = {"en-de", "en-fr", "en-cs", "en-es"})
    void sampleMatchesItsManifest(String pair) throws IOException {
        Path dir = samples().resolve(pair);
        CorpusManifest m = CorpusFiles.verify(dir);
        assertEquals(pair, m.pair());
        assertEquals("en", m.source());
        assertEquals(pair.substring(3), m.target());
        assertTrue(m.splits().get("train") <= 2000 && m.splits().get("valid") == 200 && m.splits().get("test") == 200, m.splits().toString());
        assertTrue(m.sampledFrom() != null && m.sampledFrom().fingerprint().matches("[0-9a-f]{64}"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"en-de", "en-fr", "en-cs", "en-es"})
    void sampleComesFromThePinnedPackages(String pair) throws IOException {
        CorpusManifest m = CorpusManifest.read(samples().resolve(pair));
        List<String> pinned = PinnedCorpora.of(pair).origin().packages().stream().map(DebianPackage::pin).toList();
        assertEquals(pinned, m.packages().stream().map(p -> p.name() + "=" + p.version()).toList());
        m.packages().forEach(p -> assertFalse(p.license() == null || p.license().isBlank(), p.name() + " has a licence"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"en-de", "en-fr", "en-cs", "en-es"})
    void sampleIsOneSentenceALineWithNoSourceInTwoSplits(String pair) throws IOException {
        Path dir = samples().resolve(pair);
        CorpusManifest m = CorpusManifest.read(dir);
        for (String name : m.fileNames()) {
            String text = Files.readString(dir.resolve(name), StandardCharsets.UTF_8);
            assertFalse(text.contains("\t") || text.contains("\r") || text.contains("\n\n") || text.startsWith("\n"),
                    name + " has tabs, CRs or empty lines");
        }
        Map<Split, List<AlignedPair>> splits = new EnumMap<>(Split.class);
        for (Split s : Split.values()) {
            splits.put(s, CorpusFiles.readSplit(dir, m, s));
        }
        SplitterTest.assertNoSourceInTwoSplits(new Splitter.Result(splits, 0));
    }
}
