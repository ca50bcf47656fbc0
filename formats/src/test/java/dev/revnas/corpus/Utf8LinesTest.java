package dev.revnas.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.revnas.InvalidInputException;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Strict UTF-8 lines: errors name the file, the line and the bad byte. */
class Utf8LinesTest {
    private static List<String> read(byte[] bytes) {
        return new Utf8Lines(new ByteArrayInputStream(bytes), "in.txt").rest();
    }

    @Test
    void splitsOnNewlinesAndDropsCarriageReturnsBeforeThem() {
        assertEquals(List.of("a", "", "b\rc", "d"), read("a\r\n\nb\rc\nd".getBytes(StandardCharsets.UTF_8)));
        assertEquals(List.of("a"), read("a\n".getBytes(StandardCharsets.UTF_8)));
        assertEquals(List.of(), read(new byte[0]));
    }

    @Test
    void readsLinesLongerThanItsBuffer() {
        String longLine = "ä".repeat(100_000);
        assertEquals(List.of(longLine, "x"), read((longLine + "\nx").getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void invalidUtf8NamesFileLineAndByte() {
        byte[] bytes = {'o', 'k', '\n', 'a', 'b', (byte) 0xFF, 'c', '\n'};
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> read(bytes));
        assertEquals("in.txt line 2: invalid UTF-8 (byte 0xFF at byte 3 of the line)", e.getMessage());
    }

    @Test
    void truncatedSequenceAtLineEndIsInvalid() {
        byte[] bytes = {'a', (byte) 0xC3, '\n'};
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> read(bytes));
        assertEquals("in.txt line 1: invalid UTF-8 (byte 0xC3 at byte 2 of the line)", e.getMessage());
    }

    @Test
    void missingFileIsBadInput(@TempDir Path dir) {
        Path missing = dir.resolve("nope.en");
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> Utf8Lines.readAll(missing));
        assertEquals(missing + ": no such file", e.getMessage());
    }

    @Test
    void readsAFile(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("a.txt");
        Files.writeString(f, "über\nmorgen\n");
        assertEquals(List.of("über", "morgen"), Utf8Lines.readAll(f));
    }
}
