package dev.revnas.debian;

import dev.revnas.InvalidInputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** Exports a SWORD module as imp text; {@link #MOD2IMP} runs libsword-utils' mod2imp, tests substitute text. */
@FunctionalInterface
public interface SwordExport {
    /** The module's entries with their native (OSIS) markup, read from the library under {@code swordPath}. */
    String export(Path swordPath, String module) throws IOException;

    /**
     * Runs {@code mod2imp MODULE} with SWORD_PATH (and HOME, so no ~/.sword is read) pointing at the
     * unpacked package. Raw markup, not {@code -s}: its plain-text filter drops canonical Psalm titles,
     * glues the words around a removed note and leaves Strong's numbers like "&lt;G5547&gt;" in the text.
     */
    SwordExport MOD2IMP = (swordPath, module) -> {
        if (!Files.isDirectory(swordPath.resolve("mods.d"))) {
            throw new InvalidInputException("SWORD module " + module + ": " + swordPath + " has no mods.d directory");
        }
        String imp = ExternalCommand.run(List.of("mod2imp", module), swordPath,
                Map.of("SWORD_PATH", swordPath.toString(), "HOME", swordPath.toString()),
                "cannot export SWORD module " + module + " (mod2imp comes with libsword-utils: apt-get install libsword-utils)");
        if (!imp.contains("$$$")) {
            throw new InvalidInputException("mod2imp exported nothing for SWORD module " + module + " under " + swordPath);
        }
        return imp;
    };
}
