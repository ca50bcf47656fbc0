package dev.revnas.debian;

import dev.revnas.InvalidInputException;
import dev.revnas.corpus.AlignedPair;
import dev.revnas.corpus.CorpusFiles;
import dev.revnas.corpus.CorpusManifest;
import dev.revnas.corpus.Split;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Builds one language pair: fetches its pinned packages, reads their text into aligned pairs, drops
 * exact duplicates, splits, checks the pair reaches its minimum sizes, and writes the corpus directory.
 */
public final class CorpusBuilder {
    /** Told once per step; a build of {@code spec} takes {@link #steps} steps. */
    @FunctionalInterface
    public interface Listener {
        void step(String done);
    }

    private final PackageSource packages;
    private final SwordExport sword;
    private final Listener listener;

    public CorpusBuilder(PackageSource packages, SwordExport sword, Listener listener) {
        this.packages = packages;
        this.sword = sword;
        this.listener = listener;
    }

    public static int steps(CorpusSpec spec) {
        return spec.origin().packages().size() + 2;
    }

    public CorpusManifest build(CorpusSpec spec, Path out) throws IOException {
        CorpusFiles.requireAbsent(out);
        List<UnpackedPackage> fetched = new ArrayList<>();
        for (DebianPackage pkg : spec.origin().packages()) {
            fetched.add(packages.fetch(pkg));
            listener.step("fetched " + pkg.pin());
        }
        Counts counts = new Counts();
        List<AlignedPair> read = spec.origin() instanceof CorpusSpec.Catalogs
                ? catalogPairs(fetched, spec.target(), counts)
                : biblePairs((CorpusSpec.Bibles) spec.origin(), fetched, counts);
        List<AlignedPair> pairs = distinct(read, counts);
        Splitter.Result result = spec.splitter().assign(pairs);
        counts.add("droppedHeldOutOverlap", result.droppedOverlap());
        listener.step("read " + pairs.size() + " distinct pairs");
        requireSizes(spec, result.splits());

        CorpusManifest draft = new CorpusManifest(CorpusManifest.FORMAT, spec.pair(), spec.source(), spec.target(),
                null, null, null, fetched.stream().map(UnpackedPackage::info).toList(), null,
                new CorpusManifest.SplitMethod(spec.origin().splitUnit(),
                        "sha256(unit): first 53 bits as a fraction u; valid if u < validFraction, test if u < validFraction + testFraction",
                        spec.splitter().validFraction(), spec.splitter().testFraction()),
                Filters.of(spec.origin()), counts.asMap(), null);
        CorpusManifest manifest = CorpusFiles.write(out, draft, result.splits());
        listener.step("wrote " + out);
        return manifest;
    }

    private static List<AlignedPair> catalogPairs(List<UnpackedPackage> fetched, String language, Counts counts) throws IOException {
        CatalogPairs pairs = new CatalogPairs(counts);
        for (UnpackedPackage pkg : fetched) {
            List<Path> files = CatalogPairs.catalogFiles(pkg.root(), language);
            if (files.isEmpty()) {
                throw new InvalidInputException("package " + pkg.pkg().pin() + " has no " + language + "/LC_MESSAGES/*.mo catalogs");
            }
            for (Path file : files) {
                pairs.add(MoCatalog.read(file));
            }
        }
        return pairs.pairs();
    }

    private List<AlignedPair> biblePairs(CorpusSpec.Bibles bibles, List<UnpackedPackage> fetched, Counts counts) throws IOException {
        Map<VerseRef, String> source = plainVerses(fetched.get(0), bibles.sourceModule());
        Map<VerseRef, String> target = plainVerses(fetched.get(1), bibles.targetModule());
        counts.add("sourceVerses", source.size());
        counts.add("targetVerses", target.size());
        return VerseAlignment.align(source, target, counts);
    }

    private Map<VerseRef, String> plainVerses(UnpackedPackage pkg, String module) throws IOException {
        Map<VerseRef, String> verses = ImpText.verses(sword.export(pkg.root().resolve("usr/share/sword"), module));
        verses.replaceAll((ref, markup) -> OsisText.plain(markup));
        return verses;
    }

    private static List<AlignedPair> distinct(List<AlignedPair> pairs, Counts counts) {
        Set<List<String>> seen = new HashSet<>();
        List<AlignedPair> out = new ArrayList<>();
        for (AlignedPair p : pairs) {
            if (seen.add(List.of(p.source(), p.target()))) {
                out.add(p);
            } else {
                counts.add("droppedDuplicate");
            }
        }
        return out;
    }

    private static void requireSizes(CorpusSpec spec, Map<Split, List<AlignedPair>> splits) {
        int total = splits.values().stream().mapToInt(List::size).sum();
        if (total < spec.minPairs()) {
            throw new InvalidInputException(spec.pair() + ": the pinned packages give " + total
                    + " pairs after filtering, fewer than the " + spec.minPairs() + " this pair needs");
        }
        for (Split s : List.of(Split.VALID, Split.TEST)) {
            if (splits.get(s).size() < spec.minHeldOut()) {
                throw new InvalidInputException(spec.pair() + ": " + s.fileName() + " has " + splits.get(s).size()
                        + " pairs, fewer than the " + spec.minHeldOut() + " a held-out split needs");
            }
        }
    }
}
