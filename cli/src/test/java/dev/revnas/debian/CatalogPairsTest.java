package dev.revnas.debian;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.revnas.corpus.AlignedPair;
import java.util.List;
import org.junit.jupiter.api.Test;

class CatalogPairsTest {
    private static List<List<String>> pairsOf(MoFile file) {
        CatalogPairs pairs = new CatalogPairs(new Counts());
        pairs.add(MoCatalog.parse(file.bytes(), "t.mo"));
        return pairs.pairs().stream().map(p -> List.of(p.source(), p.target())).toList();
    }

    @Test
    void skipsTheHeaderAndKeepsPlaceholdersAsTheyAre() {
        assertEquals(List.of(List.of("Open %s in {0}", "%s in {0} öffnen")),
                pairsOf(new MoFile().header("UTF-8").message("Open %s in {0}", "%s in {0} öffnen")));
    }

    @Test
    void pairsTheSingularWithTheFirstFormAndThePluralWithEachFurtherForm() {
        List<List<String>> pairs = pairsOf(new MoFile().header("UTF-8")
                .plural("%d file", "%d files", "%d soubor", "%d soubory", "%d souborů"));
        assertEquals(List.of(List.of("%d file", "%d soubor"), List.of("%d files", "%d soubory"), List.of("%d files", "%d souborů")), pairs);
    }

    @Test
    void keepsTheMessageButNotItsContext() {
        assertEquals(List.of(List.of("File", "Datei")), pairsOf(new MoFile().withContext("menu", "File", "Datei")));
    }

    @Test
    void dropsEmptyAndUntranslatedPairsAndCredits() {
        Counts counts = new Counts();
        CatalogPairs pairs = new CatalogPairs(counts);
        pairs.add(MoCatalog.parse(new MoFile().header("UTF-8")
                .message("OK", "OK")
                .message("Cancel", "")
                .message("translator-credits", "Jan Novák")
                .plural("%d day", "%d days", "%d Tag", "")
                .message("Close", "Schließen").bytes(), "t.mo"));
        assertEquals(List.of(List.of("%d day", "%d Tag"), List.of("Close", "Schließen")),
                pairs.pairs().stream().map(p -> List.of(p.source(), p.target())).toList());
        assertEquals(1, counts.get("droppedUntranslated"));
        assertEquals(2, counts.get("droppedEmpty"));
        assertEquals(1, counts.get("droppedCredits"));
    }

    @Test
    void makesMultiLineMessagesOneLine() {
        assertEquals(List.of(List.of("First line. Second\tpart.".replace('\t', ' '), "Erste Zeile. Zweiter Teil.")),
                pairsOf(new MoFile().message("First line.\nSecond\tpart.\n", "Erste Zeile.\r\nZweiter Teil.")));
    }

    @Test
    void unitIsTheNormalisedSource() {
        CatalogPairs pairs = new CatalogPairs(new Counts());
        pairs.add(MoCatalog.parse(new MoFile().message("_Open", "Ö_ffnen").message("Open", "Öffnen").bytes(), "t.mo"));
        assertEquals(List.of("open", "open"), pairs.pairs().stream().map(AlignedPair::unit).toList());
    }
}
