package dev.revnas.debian;

import dev.revnas.InvalidInputException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The four corpora revnas is judged on, each from Debian packages pinned by exact version (Debian 12).
 * A version that leaves the archive makes the build fail naming it; a new pin changes the corpus
 * and its fingerprint, so say so in docs/corpora.md.
 */
public final class PinnedCorpora {
    private static final Splitter FIVE_PERCENT_EACH = new Splitter(0.05, 0.05);
    // Whole chapters (about 26 verses) are held out, so the held-out sizes vary more: 6% keeps each above 1,000.
    private static final Splitter SIX_PERCENT_EACH = new Splitter(0.06, 0.06);
    private static final int MIN_CATALOG_PAIRS = 20_000;
    private static final int MIN_BIBLE_PAIRS = 29_000;
    private static final int MIN_HELD_OUT = 1_000;

    // Shared by the three catalog pairs: big message catalogs with German, French and Czech translations.
    private static final List<DebianPackage> APPLICATIONS = List.of(
            new DebianPackage("gimp-data", "2.10.34-1+deb12u10"),
            // Its debian/copyright is not DEP-5; Inkscape is GPL-2 or later.
            new DebianPackage("inkscape", "1.2.2-2+deb12u1", "GPL-2+"),
            new DebianPackage("gnucash-common", "1:4.13-1"));
    private static final String LIBREOFFICE_VERSION = "4:7.4.7-1+deb12u14";

    private static final Map<String, CorpusSpec> SPECS = new TreeMap<>(Map.of(
            "en-de", catalogs("de"),
            "en-fr", catalogs("fr"),
            "en-cs", catalogs("cs"),
            "en-es", new CorpusSpec("en-es", "en", "es",
                    new CorpusSpec.Bibles(new DebianPackage("sword-text-web", "426.0-1"), "engWEB2015eb",
                            new DebianPackage("sword-text-sparv", "2.60-1"), "spaRV1909eb"),
                    SIX_PERCENT_EACH, MIN_BIBLE_PAIRS, MIN_HELD_OUT)));

    private PinnedCorpora() {}

    public static CorpusSpec of(String pair) {
        CorpusSpec spec = SPECS.get(pair);
        if (spec == null) {
            throw new InvalidInputException("unknown language pair '" + pair + "'; allowed: " + String.join(", ", pairs()));
        }
        return spec;
    }

    public static List<String> pairs() {
        return List.copyOf(SPECS.keySet());
    }

    private static CorpusSpec catalogs(String target) {
        List<DebianPackage> packages = new java.util.ArrayList<>();
        packages.add(new DebianPackage("libreoffice-l10n-" + target, LIBREOFFICE_VERSION));
        packages.addAll(APPLICATIONS);
        return new CorpusSpec("en-" + target, "en", target, new CorpusSpec.Catalogs(packages),
                FIVE_PERCENT_EACH, MIN_CATALOG_PAIRS, MIN_HELD_OUT);
    }
}
