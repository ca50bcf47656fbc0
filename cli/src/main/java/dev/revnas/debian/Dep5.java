package dev.revnas.debian;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads the licence of a package from its machine-readable (DEP-5) {@code debian/copyright}. */
final class Dep5 {
    private Dep5() {}

    /** The first line of the "License:" field of the "Files: *" stanza, or null when the file is not DEP-5 or has none. */
    static String filesLicense(Path copyright) throws IOException {
        if (!Files.isRegularFile(copyright)) {
            return null;
        }
        String text = Files.readString(copyright, StandardCharsets.UTF_8).replace("\r\n", "\n");
        String[] stanzas = text.split("\n\\s*\n");
        if (!stanzas[0].lines().anyMatch(l -> l.startsWith("Format:"))) {
            return null;
        }
        for (String stanza : stanzas) {
            if (stanza.lines().anyMatch(l -> l.matches("Files:\\s+\\*\\s*"))) {
                return stanza.lines().filter(l -> l.startsWith("License:"))
                        .map(l -> l.substring("License:".length()).strip()).filter(l -> !l.isEmpty())
                        .findFirst().orElse(null);
            }
        }
        return null;
    }
}
