package dev.revnas.data;

import java.net.URISyntaxException;
import java.nio.file.Path;

/** The hand-made en-de corpus directory in test resources (40 train, 5 valid, 5 test pairs). */
final class Fixtures {
    private Fixtures() {}

    static Path corpusDir() {
        try {
            return Path.of(Fixtures.class.getResource("/corpus-en-de/manifest.json").toURI()).getParent();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
