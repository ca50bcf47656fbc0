package dev.revnas.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.revnas.InvalidInputException;
import dev.revnas.corpus.CorpusDirectory;
import dev.revnas.corpus.ParallelCorpus;
import dev.revnas.corpus.SentencePair;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** BPE training is deterministic, encoding round-trips every string, and saved models survive only intact. */
class BytePairEncodingTest {
    private static List<String> fixtureSentences() {
        ParallelCorpus train = CorpusDirectory.open(Fixtures.corpusDir()).split("train");
        List<SentencePair> pairs = new CorpusCleaner(CleaningConfig.defaults()).clean(train.pairs()).pairs();
        List<String> sentences = new ArrayList<>();
        pairs.forEach(p -> {
            sentences.add(p.source());
            sentences.add(p.target());
        });
        return sentences;
    }

    @Test
    void mergesTheMostFrequentPairFirstAndBreaksTiesByLowerIds() {
        // Sennrich et al.'s example: low ×5, lower ×2, newest ×6, widest ×3; 10 characters.
        List<String> corpus = List.of("low low low low low lower lower newest newest newest newest newest newest widest widest widest");
        BytePairEncoding bpe = BytePairEncoding.train(corpus, BpeConfig.of(Vocabulary.FIRST_LEARNED + 10 + 4));
        List<String> learned = new ArrayList<>();
        for (int[] m : bpe.merges()) {
            learned.add(bpe.vocabulary().piece(m[2]));
        }
        // e·s and s·t both occur 9 times: 'e' is the most frequent character, so it has the lower id.
        // Then ▁·l, l·o and o·w tie at 7: ▁ has the lowest id; after that o·w beats ▁l·o (▁l is newer).
        assertEquals(List.of("es", "est", "▁l", "ow"), learned);
        assertEquals(List.of("▁l", "ow", "e", "r"), bpe.pieces("lower"));
        assertEquals("lowest", bpe.decode(bpe.encode("lowest")));
    }

    @Test
    void twoTrainingsGiveTheSameVocabulary() {
        List<String> sentences = fixtureSentences();
        BytePairEncoding a = BytePairEncoding.train(sentences, BpeConfig.of(400));
        BytePairEncoding b = BytePairEncoding.train(new ArrayList<>(sentences), BpeConfig.of(400));
        assertEquals(a.vocabulary().pieces(), b.vocabulary().pieces());
        assertEquals(a.merges().size(), b.merges().size());
        for (int i = 0; i < a.merges().size(); i++) {
            assertArrayEquals(a.merges().get(i), b.merges().get(i));
        }
    }

    @Test
    void stopsWhenNoPairIsFrequentEnough() {
        BytePairEncoding bpe = BytePairEncoding.train(fixtureSentences(), BpeConfig.of(100_000));
        assertTrue(bpe.vocabulary().size() < 2000, "size " + bpe.vocabulary().size());
        assertEquals(List.of("▁Das", "▁Haus", "▁ist", "▁klein."), bpe.pieces("Das Haus ist klein."));
    }

    @ParameterizedTest(name = "round trip: \"{0}\"")
    @ValueSource(strings = {"Das Haus ist klein.", "", " ", "  leading and  double spaces ", "Zürich ▁ und 😀 sind ✓ neu",
            "tab\there", "ı İ ß ﬁ", "xyzq QQQ"})
    void decodeOfEncodeIsTheText(String text) {
        BytePairEncoding bpe = BytePairEncoding.train(fixtureSentences(), BpeConfig.of(400));
        assertEquals(text, bpe.decode(bpe.encode(text)));
    }

    @Test
    void unknownCharactersAreSpelledInBytesNotUnk() {
        BytePairEncoding bpe = BytePairEncoding.train(fixtureSentences(), BpeConfig.of(400));
        int[] ids = bpe.encode("😀");
        assertEquals(Vocabulary.WORD_START_ID, ids[0]);
        assertEquals(5, ids.length);
        for (int i = 1; i < 5; i++) {
            assertTrue(Vocabulary.isByte(ids[i]));
        }
        int[] ab = bpe.encode("ab");
        int[] withSpecials = java.util.stream.IntStream.concat(java.util.Arrays.stream(ab), java.util.stream.IntStream.of(3, 2, 0)).toArray();
        assertEquals("ab\u2047", bpe.decode(withSpecials));
    }

    @Test
    void specialTokensHaveTheModelsIds() {
        Vocabulary v = BytePairEncoding.train(fixtureSentences(), BpeConfig.of(300)).vocabulary();
        assertEquals(List.of("<pad>", "<s>", "</s>", "<unk>", "<0x00>"), v.pieces().subList(0, 5));
        assertEquals(0, v.id("<pad>"));
        assertEquals(3, v.special().unk());
        assertEquals(300, v.size());
    }

    @Test
    void savesAndLoadsTheSameModel(@TempDir Path dir) {
        BytePairEncoding bpe = BytePairEncoding.train(fixtureSentences(), BpeConfig.of(400))
                .withProvenance(Map.of("corpus_fingerprint", "abc"));
        Path file = dir.resolve("vocab.json");
        bpe.save(file);
        BytePairEncoding loaded = BytePairEncoding.load(file);
        assertEquals(bpe.vocabulary().pieces(), loaded.vocabulary().pieces());
        assertEquals(Map.of("corpus_fingerprint", "abc"), loaded.provenance());
        String text = "Die Kinder spielen im Garten, 12,50 Euro.";
        assertArrayEquals(bpe.encode(text), loaded.encode(text));
    }

    @Test
    void aCorruptedFileIsAClearError(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("vocab.json");
        BytePairEncoding.train(fixtureSentences(), BpeConfig.of(400)).save(file);
        String json = Files.readString(file);
        Files.writeString(file, json.replace("\"<unk>\"", "\"<UNK>\""));
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> BytePairEncoding.load(file));
        assertTrue(e.getMessage().startsWith(file + ": vocabulary checksum mismatch"), e.getMessage());

        Files.writeString(file, json.substring(0, json.length() / 2), StandardCharsets.UTF_8);
        e = assertThrows(InvalidInputException.class, () -> BytePairEncoding.load(file));
        assertTrue(e.getMessage().startsWith(file + ": not a vocabulary (invalid JSON"), e.getMessage());
    }

    @Test
    void reindentingTheFileKeepsItValid(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("vocab.json");
        BytePairEncoding.train(fixtureSentences(), BpeConfig.of(300)).save(file);
        var mapper = new tools.jackson.databind.ObjectMapper();
        Files.write(file, mapper.writeValueAsBytes(mapper.readTree(file.toFile())));
        assertEquals(300, BytePairEncoding.load(file).vocabulary().size());
    }
}
