package dev.revnas.corpus;

import dev.revnas.InvalidInputException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads parallel corpora: Moses-style aligned files ({@code PREFIX.SRC}, {@code PREFIX.TGT},
 * line i of one translating line i of the other) or TSV ({@code source<TAB>target}). Every
 * error names the file and line; an empty corpus is an error.
 */
public final class CorpusReader {
    private CorpusReader() {}

    /** {@code prefix} + "." + language, e.g. {@code data/train} with {@code en}, {@code de}. */
    public static ParallelCorpus readAligned(Path prefix, String source, String target, ReadOptions options) {
        Path dir = prefix.toAbsolutePath().getParent();
        String base = prefix.getFileName().toString();
        return readAligned(dir.resolve(base + "." + source), dir.resolve(base + "." + target), source, target, options, null);
    }

    /** Two aligned files; {@code fingerprint} may be null. */
    public static ParallelCorpus readAligned(Path sourceFile, Path targetFile, String source, String target,
                                             ReadOptions options, String fingerprint) {
        List<SentencePair> pairs = new ArrayList<>();
        int skipped = 0;
        try (Utf8Lines src = Utf8Lines.open(sourceFile); Utf8Lines tgt = Utf8Lines.open(targetFile)) {
            while (true) {
                String s = src.next();
                String t = tgt.next();
                if (s == null || t == null) {
                    if (s != null || t != null) {
                        throw new InvalidInputException(sourceFile + " has " + (src.lineNumber() + remaining(src)) + " lines but "
                                + targetFile + " has " + (tgt.lineNumber() + remaining(tgt)) + " lines");
                    }
                    break;
                }
                boolean longSource = tooLong(s, src, options);
                boolean longTarget = tooLong(t, tgt, options);
                if (longSource || longTarget) {
                    skipped++;
                } else {
                    pairs.add(new SentencePair(s, t));
                }
            }
        }
        String origin = sourceFile + " + " + targetFile;
        return finish(new ParallelCorpus(source, target, pairs, origin, fingerprint, skipped));
    }

    /** One {@code source<TAB>target} pair per line. */
    public static ParallelCorpus readTsv(Path file, String source, String target, ReadOptions options) {
        List<SentencePair> pairs = new ArrayList<>();
        int skipped = 0;
        try (Utf8Lines lines = Utf8Lines.open(file)) {
            for (String line = lines.next(); line != null; line = lines.next()) {
                int tab = line.indexOf('\t');
                int fields = tab < 0 ? 1 : (line.indexOf('\t', tab + 1) < 0 ? 2 : 3);
                if (fields != 2) {
                    throw new InvalidInputException(file + " line " + lines.lineNumber() + ": expected source<TAB>target, found "
                            + (fields == 1 ? "no tab" : "more than one tab"));
                }
                String s = line.substring(0, tab);
                String t = line.substring(tab + 1);
                if (tooLong(s, lines, options) | tooLong(t, lines, options)) {
                    skipped++;
                } else {
                    pairs.add(new SentencePair(s, t));
                }
            }
        }
        return finish(new ParallelCorpus(source, target, pairs, file.toString(), null, skipped));
    }

    private static ParallelCorpus finish(ParallelCorpus corpus) {
        if (corpus.pairs().isEmpty()) {
            throw new InvalidInputException(corpus.origin() + ": no sentence pairs"
                    + (corpus.skippedLong() > 0 ? " (all " + corpus.skippedLong() + " were over the line-length limit)" : ""));
        }
        return corpus;
    }

    private static boolean tooLong(String text, Utf8Lines lines, ReadOptions options) {
        if (text.length() <= options.maxLineChars()) {
            return false;
        }
        int chars = text.codePointCount(0, text.length());
        if (chars <= options.maxLineChars()) {
            return false;
        }
        if (options.longLines() == LongLines.FAIL) {
            throw new InvalidInputException(lines.name() + " line " + lines.lineNumber() + ": " + chars
                    + " characters, over the limit of " + options.maxLineChars());
        }
        return true;
    }

    /** Counts the lines left (still strictly decoded, so a bad byte further down is reported too). */
    private static long remaining(Utf8Lines lines) {
        long n = 0;
        while (lines.next() != null) {
            n++;
        }
        return n;
    }
}
