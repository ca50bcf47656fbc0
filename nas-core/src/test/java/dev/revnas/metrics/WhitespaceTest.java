package dev.revnas.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Whitespace is what Python's str.split() and rstrip() treat as whitespace. */
class WhitespaceTest {
    @Test
    void splitsOnUnicodeSpacesAndControlSeparators() {
        assertEquals(List.of("a", "b", "c", "d", "e"), Whitespace.split(" a\u00a0b\u3000c\u001fd\u2028e\t"));
    }

    @Test
    void zeroWidthSpaceIsNotWhitespace() {
        assertEquals(List.of("a\u200bb"), Whitespace.split("a\u200bb"));
    }

    @Test
    void stripTrailingKeepsLeadingSpace() {
        assertEquals("  a b", Whitespace.stripTrailing("  a b \u00a0\r\n"));
    }

    @Test
    void removeDropsEveryWhitespaceCharacter() {
        assertEquals("abc", Whitespace.remove(" a b\u00a0c "));
    }
}
