package dev.revnas.debian;

import java.util.List;

/**
 * What one language pair is built from and what it must reach: the pinned packages, how their text is
 * read, the split, and the least pairs (all splits) and held-out pairs (valid, test each) it must give.
 */
public record CorpusSpec(String pair, String source, String target, Origin origin, Splitter splitter,
                         int minPairs, int minHeldOut) {

    /** Where the text comes from. */
    public sealed interface Origin permits Catalogs, Bibles {
        List<DebianPackage> packages();

        /** What a pair's unit is: the whole that the splitter keeps together. */
        String splitUnit();
    }

    /** English-to-target messages of the GNU gettext catalogs ({@code <target>/LC_MESSAGES/*.mo}) in these packages. */
    public record Catalogs(List<DebianPackage> packages) implements Origin {
        public Catalogs {
            packages = List.copyOf(packages);
        }

        @Override
        public String splitUnit() {
            return "normalised source";
        }
    }

    /** Two SWORD Bible modules, each in its own package, paired by verse reference. */
    public record Bibles(DebianPackage sourcePackage, String sourceModule, DebianPackage targetPackage, String targetModule)
            implements Origin {
        @Override
        public List<DebianPackage> packages() {
            return List.of(sourcePackage, targetPackage);
        }

        @Override
        public String splitUnit() {
            return "chapter";
        }
    }
}
