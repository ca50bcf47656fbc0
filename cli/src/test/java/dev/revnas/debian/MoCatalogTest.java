package dev.revnas.debian;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.revnas.InvalidInputException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class MoCatalogTest {
    static final MoFile CATALOG = new MoFile().header("UTF-8")
            .message("Open %s", "%s öffnen")
            .withContext("menu", "File", "Datei")
            .plural("%d file", "%d files", "%d Datei", "%d Dateien");

    private static MoEntry find(MoCatalog catalog, String msgid) {
        return catalog.entries().stream().filter(e -> e.msgid().equals(msgid)).findFirst().orElseThrow();
    }

    @Test
    void readsMessagesOfALittleEndianCatalog() {
        MoCatalog catalog = MoCatalog.parse(CATALOG.bytes(ByteOrder.LITTLE_ENDIAN), "le.mo");
        assertEquals(4, catalog.entries().size());
        assertEquals(List.of("%s öffnen"), find(catalog, "Open %s").translations());
    }

    @Test
    void readsTheSameMessagesFromABigEndianCatalog() {
        MoCatalog little = MoCatalog.parse(CATALOG.bytes(ByteOrder.LITTLE_ENDIAN), "le.mo");
        MoCatalog big = MoCatalog.parse(CATALOG.bytes(ByteOrder.BIG_ENDIAN), "be.mo");
        assertEquals(little.entries(), big.entries());
    }

    @Test
    void separatesTheContextFromTheMsgid() {
        MoEntry file = find(MoCatalog.parse(CATALOG.bytes(), "c.mo"), "File");
        assertEquals("menu", file.context());
        assertEquals(List.of("Datei"), file.translations());
    }

    @Test
    void readsPluralFormsAsSeparateTranslations() {
        MoEntry files = find(MoCatalog.parse(CATALOG.bytes(ByteOrder.BIG_ENDIAN), "c.mo"), "%d file");
        assertEquals("%d files", files.msgidPlural());
        assertEquals(List.of("%d Datei", "%d Dateien"), files.translations());
    }

    @Test
    void marksTheEmptyMsgidAsTheHeader() {
        MoCatalog catalog = MoCatalog.parse(CATALOG.bytes(), "c.mo");
        assertTrue(catalog.entries().get(0).isHeader());
        assertNull(catalog.entries().get(0).msgidPlural());
    }

    @Test
    void decodesTheCharsetTheHeaderDeclares() {
        byte[] latin1 = new MoFile().header("ISO-8859-1").message("Size", "Größe").bytes();
        MoCatalog catalog = MoCatalog.parse(latin1, "latin1.mo");
        assertEquals(StandardCharsets.ISO_8859_1, catalog.charset());
        assertEquals(List.of("Größe"), find(catalog, "Size").translations());
    }

    @Test
    void rejectsAFileWithoutTheMagicNumberNamingIt() {
        byte[] bytes = CATALOG.bytes();
        bytes[0] = 0x12;
        var e = assertThrows(InvalidInputException.class, () -> MoCatalog.parse(bytes, "po/de.mo"));
        assertTrue(e.getMessage().startsWith("po/de.mo: not a GNU .mo catalog"), e.getMessage());
    }

    @Test
    void rejectsAFileShorterThanTheHeader() {
        var e = assertThrows(InvalidInputException.class, () -> MoCatalog.parse(new byte[10], "short.mo"));
        assertTrue(e.getMessage().contains("short.mo: truncated .mo catalog"), e.getMessage());
    }

    @Test
    void rejectsACatalogCutInItsStrings() {
        byte[] bytes = CATALOG.bytes();
        byte[] cut = Arrays.copyOf(bytes, bytes.length - 12);
        var e = assertThrows(InvalidInputException.class, () -> MoCatalog.parse(cut, "cut.mo"));
        assertTrue(e.getMessage().matches("cut\\.mo: truncated or corrupt \\.mo catalog: translation string \\d+ spans .*"), e.getMessage());
    }

    @Test
    void rejectsAStringCountBeyondTheFile() {
        byte[] bytes = CATALOG.bytes();
        ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).putInt(8, 0x7fffffff);
        var e = assertThrows(InvalidInputException.class, () -> MoCatalog.parse(bytes, "n.mo"));
        assertTrue(e.getMessage().contains("original-string table"), e.getMessage());
    }

    @Test
    void rejectsAnUnknownMajorRevision() {
        byte[] bytes = CATALOG.bytes();
        ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).putInt(4, 2 << 16);
        var e = assertThrows(InvalidInputException.class, () -> MoCatalog.parse(bytes, "r.mo"));
        assertTrue(e.getMessage().contains("unsupported .mo major revision 2"), e.getMessage());
    }

    @Test
    void rejectsBytesThatAreNotTheDeclaredCharset() {
        byte[] bad = new MoFile().header("UTF-8").message("Size", "Gr\u00f6\u00dfe").bytes();
        byte[] latin = new MoFile().header("UTF-8").message("Size", "Grxxe").bytes();
        int at = indexOf(latin, "Grxxe".getBytes(StandardCharsets.US_ASCII));
        latin[at + 2] = (byte) 0xf6; // a lone Latin-1 'ö' is not UTF-8
        var e = assertThrows(InvalidInputException.class, () -> MoCatalog.parse(latin, "enc.mo"));
        assertTrue(e.getMessage().contains("enc.mo: string") && e.getMessage().contains("not valid UTF-8"), e.getMessage());
        assertEquals(2, MoCatalog.parse(bad, "ok.mo").entries().size());
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            if (Arrays.equals(haystack, i, i + needle.length, needle, 0, needle.length)) {
                return i;
            }
        }
        throw new AssertionError("not found");
    }
}
