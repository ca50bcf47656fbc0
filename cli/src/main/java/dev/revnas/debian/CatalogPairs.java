package dev.revnas.debian;

import dev.revnas.corpus.AlignedPair;
import dev.revnas.corpus.Sentences;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * English-to-target message pairs from gettext catalogs. A plural entry gives one pair per form:
 * singular with the first form, plural with each further form. Text is kept as the catalog has it
 * (placeholders and accelerator markers included), only made one line by {@link Sentences#line}.
 */
public final class CatalogPairs {
    // Not a sentence: the translators' names that GNOME/KDE catalogs put under this msgid.
    private static final Pattern CREDITS = Pattern.compile("translator[-_ ]?credits", Pattern.CASE_INSENSITIVE);

    private final List<AlignedPair> pairs = new ArrayList<>();
    private final Counts counts;

    public CatalogPairs(Counts counts) {
        this.counts = counts;
    }

    /** The package's catalogs for one language ({@code .../<language>/LC_MESSAGES/*.mo}), in path order. */
    public static List<Path> catalogFiles(Path root, String language) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".mo") && Files.isRegularFile(f))
                    .filter(f -> f.getParent().getFileName().toString().equals("LC_MESSAGES")
                            && f.getParent().getParent().getFileName().toString().equals(language))
                    .sorted().toList();
        }
    }

    /** Adds every usable pair of the catalog, in catalog order. */
    public void add(MoCatalog catalog) {
        counts.add("catalogs");
        for (MoEntry entry : catalog.entries()) {
            if (entry.isHeader()) {
                continue;
            }
            counts.add("entries");
            if (CREDITS.matcher(entry.msgid()).matches()) {
                counts.add("droppedCredits");
                continue;
            }
            List<String> t = entry.translations();
            addPair(entry.msgid(), t.get(0));
            for (int i = 1; i < t.size() && entry.msgidPlural() != null; i++) {
                addPair(entry.msgidPlural(), t.get(i));
            }
        }
    }

    private void addPair(String rawSource, String rawTarget) {
        String source = Sentences.line(rawSource);
        String target = Sentences.line(rawTarget);
        counts.add("candidatePairs");
        if (source.isEmpty() || target.isEmpty()) {
            counts.add("droppedEmpty");
        } else if (source.equals(target)) {
            counts.add("droppedUntranslated");
        } else {
            pairs.add(new AlignedPair(source, target, Sentences.key(source)));
        }
    }

    public List<AlignedPair> pairs() {
        return List.copyOf(pairs);
    }
}
