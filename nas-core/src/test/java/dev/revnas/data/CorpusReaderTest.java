package dev.revnas.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.revnas.InvalidInputException;
import dev.revnas.corpus.CorpusDirectory;
import dev.revnas.corpus.CorpusReader;
import dev.revnas.corpus.LongLines;
import dev.revnas.corpus.ParallelCorpus;
import dev.revnas.corpus.ReadOptions;
import dev.revnas.corpus.SentencePair;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Corpus readers load aligned pairs and name the file and line of anything wrong. */
class CorpusReaderTest {
    @TempDir
    Path dir;

    private Path write(String name, String text) throws Exception {
        return Files.writeString(dir.resolve(name), text);
    }

    @Test
    void readsASplitOfABuiltCorpusDirectory() {
        CorpusDirectory corpus = CorpusDirectory.open(Fixtures.corpusDir());
        ParallelCorpus train = corpus.split("train");
        assertEquals(40, train.size());
        assertEquals("en", train.sourceLanguage());
        assertEquals("de", train.targetLanguage());
        assertEquals(new SentencePair("The house is small.", "Das Haus ist klein."), train.pairs().get(0));
        assertEquals(corpus.manifest().fingerprint(), train.fingerprint());
        assertEquals(5, corpus.split("test").size());
    }

    @Test
    void readsAlignedFilesByPrefixAndLanguages() throws Exception {
        write("x.en", "a\nb\n");
        write("x.de", "A\nB\n");
        ParallelCorpus c = CorpusReader.readAligned(dir.resolve("x"), "en", "de", ReadOptions.forTraining());
        assertEquals(List.of(new SentencePair("a", "A"), new SentencePair("b", "B")), c.pairs());
    }

    @Test
    void differentLineCountsNameBothFilesAndCounts() throws Exception {
        Path en = write("x.en", "a\nb\nc\n");
        Path de = write("x.de", "A\nB\n");
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> CorpusReader.readAligned(dir.resolve("x"), "en", "de", ReadOptions.forTraining()));
        assertEquals(en.toAbsolutePath() + " has 3 lines but " + de.toAbsolutePath() + " has 2 lines", e.getMessage());
    }

    @Test
    void invalidUtf8NamesFileAndLine() throws Exception {
        write("x.en", "a\nb\nc\n");
        Path de = Files.write(dir.resolve("x.de"), new byte[] {'A', '\n', 'B', '\n', (byte) 0xE2, (byte) 0x28, '\n'});
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> CorpusReader.readAligned(dir.resolve("x"), "en", "de", ReadOptions.forTraining()));
        assertEquals(de.toAbsolutePath() + " line 3: invalid UTF-8 (byte 0xE2 at byte 1 of the line)", e.getMessage());
    }

    @Test
    void emptyFilesAreAnError() throws Exception {
        Path en = write("x.en", "");
        Path de = write("x.de", "");
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> CorpusReader.readAligned(dir.resolve("x"), "en", "de", ReadOptions.forTraining()));
        assertEquals(en.toAbsolutePath() + " + " + de.toAbsolutePath() + ": no sentence pairs", e.getMessage());
    }

    @Test
    void overLongLinesAreSkippedAndCountedInTraining() throws Exception {
        write("x.en", "short\n" + "w".repeat(11) + "\nok\n");
        write("x.de", "kurz\nlang\nja\n");
        ParallelCorpus c = CorpusReader.readAligned(dir.resolve("x"), "en", "de", new ReadOptions(10, LongLines.SKIP));
        assertEquals(2, c.size());
        assertEquals(1, c.skippedLong());
    }

    @Test
    void overLongLinesFailInEvaluationNamingFileAndLine() throws Exception {
        write("x.en", "short\nok\n");
        Path de = write("x.de", "kurz\n" + "ü".repeat(11) + "\n");
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> CorpusReader.readAligned(dir.resolve("x"), "en", "de", new ReadOptions(10, LongLines.FAIL)));
        assertEquals(de.toAbsolutePath() + " line 2: 11 characters, over the limit of 10", e.getMessage());
    }

    @Test
    void readsTsvAndRejectsLinesWithoutExactlyOneTab() throws Exception {
        Path tsv = write("x.tsv", "a\tA\nb\tB\n");
        assertEquals(2, CorpusReader.readTsv(tsv, "en", "de", ReadOptions.forTraining()).size());
        Path bad = write("bad.tsv", "a\tA\nb B\n");
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> CorpusReader.readTsv(bad, "en", "de", ReadOptions.forTraining()));
        assertEquals(bad + " line 2: expected source<TAB>target, found no tab", e.getMessage());
    }

    @Test
    void manifestMustNameAMatchingPair() throws Exception {
        Path m = write("manifest.json", "{\"format\": 1, \"pair\": \"en-fr\", \"source\": \"en\", \"target\": \"de\", \"fingerprint\": \"abc\"}");
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> CorpusDirectory.open(dir));
        assertEquals(m + ": pair 'en-fr' does not match source 'en' and target 'de'", e.getMessage());
        write("manifest.json", "{\"format\": 1, \"pair\": \"en-de\", \"source\": \"en\", \"target\": \"de\"}");
        e = assertThrows(InvalidInputException.class, () -> CorpusDirectory.open(dir));
        assertEquals(m + ": field 'fingerprint' must be a non-empty string", e.getMessage());
    }
}
