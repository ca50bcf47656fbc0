package dev.revnas.debian;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.revnas.InvalidInputException;
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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusBuilderTest {
    private static final DebianPackage OFFICE = new DebianPackage("office-l10n-de", "1:1.0-1");
    private static final DebianPackage PAINT = new DebianPackage("paint-data", "2.0-1");
    private static final CorpusSpec EN_DE = new CorpusSpec("en-de", "en", "de", new CorpusSpec.Catalogs(List.of(OFFICE, PAINT)),
            new Splitter(0.1, 0.1), 0, 0);

    @TempDir
    Path tmp;

    private static MoFile messages(String prefix, int n) {
        MoFile file = new MoFile().header("UTF-8");
        for (int i = 0; i < n; i++) {
            file.message(prefix + " item " + i, prefix + " Eintrag " + i);
        }
        return file;
    }

    private FakePackages twoPackages() {
        return new FakePackages(tmp.resolve("packages"))
                .catalog("office-l10n-de", "de", messages("Office", 300).plural("%d file", "%d files", "%d Datei", "%d Dateien"))
                .catalog("office-l10n-de", "fr", messages("Bureau", 50))
                .catalog("paint-data", "de", messages("Office", 100).message("_Brush", "_Pinsel").message("Brush", "Pinsel"));
    }

    private static CorpusBuilder builder(PackageSource packages) {
        return new CorpusBuilder(packages, (path, module) -> {
            throw new AssertionError("no SWORD export for a catalog pair");
        }, done -> { });
    }

    @Test
    void writesAlignedSplitsAndAManifestThatMatchesThem() throws IOException {
        Path out = tmp.resolve("corpora/en-de");
        CorpusManifest m = builder(twoPackages()).build(EN_DE, out);

        assertEquals(m, CorpusFiles.verify(out));
        assertEquals(List.of("manifest.json", "test.de", "test.en", "train.de", "train.en", "valid.de", "valid.en"),
                Files.list(out).map(p -> p.getFileName().toString()).sorted().toList());
        assertEquals(300 + 2 + 2, m.splits().values().stream().mapToLong(Long::longValue).sum(), "distinct pairs, French left out");
        assertEquals(100, m.counts().get("droppedDuplicate"));
        assertEquals(List.of("office-l10n-de", "paint-data"), m.packages().stream().map(CorpusManifest.PackageInfo::name).toList());
        assertEquals("1:1.0-1", m.packages().get(0).version());
        assertEquals("GPL-2+", m.packages().get(0).license());
        assertEquals("normalised source", m.split().unit());
        List<String> en = Files.readAllLines(out.resolve("train.en"));
        List<String> de = Files.readAllLines(out.resolve("train.de"));
        for (int i = 0; i < en.size(); i++) {
            assertEquals(en.get(i).replace("item", "Eintrag").replace("Brush", "Pinsel").replace("%d files", "%d Dateien")
                    .replace("%d file", "%d Datei"), de.get(i), "line " + (i + 1) + " is aligned");
        }
    }

    @Test
    void putsNoNormalisedSourceIntoTwoSplits() throws IOException {
        Path out = tmp.resolve("en-de");
        builder(twoPackages()).build(EN_DE, out);
        CorpusManifest m = CorpusFiles.verify(out);
        Map<Split, List<AlignedPair>> splits = new EnumMap<>(Split.class);
        for (Split s : Split.values()) {
            splits.put(s, CorpusFiles.readSplit(out, m, s));
        }
        SplitterTest.assertNoSourceInTwoSplits(new Splitter.Result(splits, 0));
    }

    @Test
    void buildsTheSameFilesFromTheSamePackages() throws IOException {
        CorpusManifest first = builder(twoPackages()).build(EN_DE, tmp.resolve("a"));
        CorpusManifest second = builder(twoPackages()).build(EN_DE, tmp.resolve("b"));
        assertEquals(first.files(), second.files());
        assertEquals(first.fingerprint(), second.fingerprint());
        assertNotEquals(first.files().get("valid.en"), first.files().get("test.en"));
    }

    @Test
    void refusesAnExistingOutputDirectoryBeforeFetchingAnything() throws IOException {
        Path out = Files.createDirectories(tmp.resolve("en-de"));
        Files.writeString(out.resolve("keep.txt"), "mine");
        PackageSource unreachable = pkg -> {
            throw new AssertionError("fetched " + pkg.pin());
        };
        var e = assertThrows(InvalidInputException.class, () -> builder(unreachable).build(EN_DE, out));
        assertTrue(e.getMessage().contains("output directory already exists: " + out), e.getMessage());
        assertEquals("mine", Files.readString(out.resolve("keep.txt")));
    }

    @Test
    void reportsACorruptCatalogByItsPathAndLeavesNoOutput() throws IOException {
        FakePackages packages = twoPackages().file("paint-data", "usr/share/locale/de/LC_MESSAGES/paint.mo",
                "not a catalog at all, just text".getBytes(StandardCharsets.UTF_8));
        Path out = tmp.resolve("corpora/en-de");
        var e = assertThrows(InvalidInputException.class, () -> builder(packages).build(EN_DE, out));
        assertTrue(e.getMessage().contains("paint-data/usr/share/locale/de/LC_MESSAGES/paint.mo: not a GNU .mo catalog"), e.getMessage());
        assertFalse(Files.exists(out));
        assertFalse(Files.exists(out.getParent()) && Files.list(out.getParent()).findAny().isPresent(), "no partial directory left");
    }

    @Test
    void namesAPackageThatHasNoCatalogsForTheLanguage() {
        FakePackages packages = new FakePackages(tmp.resolve("p")).catalog("office-l10n-de", "de", messages("Office", 5));
        var e = assertThrows(InvalidInputException.class, () -> builder(packages).build(EN_DE, tmp.resolve("out")));
        assertEquals("package paint-data=2.0-1 has no de/LC_MESSAGES/*.mo catalogs", e.getMessage());
    }

    @Test
    void failsWhenThePackagesGiveFewerPairsThanThePairNeeds() {
        CorpusSpec demanding = new CorpusSpec("en-de", "en", "de", EN_DE.origin(), EN_DE.splitter(), 20_000, 1_000);
        var e = assertThrows(InvalidInputException.class, () -> builder(twoPackages()).build(demanding, tmp.resolve("out")));
        assertEquals("en-de: the pinned packages give 304 pairs after filtering, fewer than the 20000 this pair needs", e.getMessage());
        assertFalse(Files.exists(tmp.resolve("out")));
    }

    @Test
    void buildsABiblePairVerseByVerseHoldingOutWholeChapters() throws IOException {
        DebianPackage web = new DebianPackage("sword-text-web", "426.0-1");
        DebianPackage rv = new DebianPackage("sword-text-sparv", "2.60-1");
        CorpusSpec enEs = new CorpusSpec("en-es", "en", "es", new CorpusSpec.Bibles(web, "engWEB2015eb", rv, "spaRV1909eb"),
                new Splitter(0.2, 0.2), 0, 0);
        SwordExport export = (swordPath, module) -> {
            assertTrue(swordPath.endsWith("usr/share/sword"), swordPath.toString());
            StringBuilder imp = new StringBuilder("$$$[ Module Heading ]\n");
            for (int c = 1; c <= 30; c++) {
                for (int v = 1; v <= 5; v++) {
                    imp.append("$$$Psalms ").append(c).append(':').append(v).append('\n')
                            .append(module.startsWith("eng") ? "<w lemma=\"strong:H1\">Praise</w> " + c + "." + v + "<note>n</note>"
                                    : "Alabad " + c + "." + v).append('\n');
                }
            }
            return imp.toString();
        };
        Path out = tmp.resolve("en-es");
        CorpusManifest m = new CorpusBuilder(new FakePackages(tmp.resolve("p")), export, done -> { }).build(enEs, out);
        assertEquals(150, m.splits().values().stream().mapToLong(Long::longValue).sum());
        assertEquals("chapter", m.split().unit());
        for (Split s : Split.values()) {
            for (AlignedPair p : CorpusFiles.readSplit(out, m, s)) {
                String chapter = p.source().substring("Praise ".length(), p.source().indexOf('.'));
                assertEquals(s, enEs.splitter().splitOf("Psalms " + chapter), p.source());
                assertEquals(p.source().replace("Praise", "Alabad"), p.target());
            }
        }
    }
}
