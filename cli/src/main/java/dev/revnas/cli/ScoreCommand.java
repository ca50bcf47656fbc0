package dev.revnas.cli;

import dev.revnas.InvalidInputException;
import dev.revnas.corpus.Utf8Lines;
import dev.revnas.metrics.Bleu;
import dev.revnas.metrics.BleuConfig;
import dev.revnas.metrics.BleuScore;
import dev.revnas.metrics.Chrf;
import dev.revnas.metrics.ChrfConfig;
import dev.revnas.metrics.ChrfScore;
import dev.revnas.metrics.PairedBootstrap;
import dev.revnas.metrics.Smoothing;
import dev.revnas.metrics.Whitespace;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Scores a translation against references like the sacrebleu command does. */
@Command(name = "score", mixinStandardHelpOptions = true,
        description = {
            "Scores hypotheses (stdin, or --input) against one or more reference files with",
            "sacreBLEU-compatible corpus BLEU and chrF, and prints the scores with their signatures.",
            "Lines are stripped of trailing whitespace, as sacrebleu does. JSON output is one line:",
            "{\"bleu\": …, \"chrf\": …, \"signature\": <the first metric's>, \"bleu_signature\": …,",
            "\"bleu_verbose\": …, \"chrf_name\": …, \"chrf_signature\": …} with full-precision scores."})
final class ScoreCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = {"--ref", "-r"}, required = true, description = "A reference file; repeat for several references.")
    List<Path> refs;

    @Option(names = {"--input", "-i"}, description = "The hypotheses file (default: stdin).")
    Path input;

    @Option(names = {"--metrics", "-m"}, split = ",", defaultValue = "bleu,chrf",
            description = "Comma-separated: bleu, chrf (default: ${DEFAULT-VALUE}).")
    List<String> metrics;

    @Option(names = {"--format", "-f"}, defaultValue = "json", description = "json or text (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = {"--tokenize", "-tok"}, defaultValue = "13a", description = "BLEU tokenizer: 13a, none, intl, char (default: ${DEFAULT-VALUE}).")
    String tokenize;

    @Option(names = {"--lowercase", "-lc"}, description = "Case-insensitive BLEU.")
    boolean lowercase;

    @Option(names = "--smooth-method", defaultValue = "exp", description = "BLEU smoothing: exp, floor, add-k, none (default: ${DEFAULT-VALUE}).")
    String smoothMethod;

    @Option(names = "--smooth-value", description = "Value for floor (default 0.1) or add-k (default 1).")
    Double smoothValue;

    @Option(names = "--chrf-word-order", defaultValue = "0", description = "chrF word n-gram order; 2 gives chrF++ (default: ${DEFAULT-VALUE}).")
    int chrfWordOrder;

    @Option(names = "--chrf-lowercase", description = "Case-insensitive chrF.")
    boolean chrfLowercase;

    @Option(names = {"--width", "-w"}, defaultValue = "1", description = "Decimals in text output (default: ${DEFAULT-VALUE}).")
    int width;

    @Option(names = "--paired-bs", paramLabel = "OTHER", description = "Also compare the hypotheses with another system's (a file,"
            + " line by line) by paired bootstrap resampling, as in the experiment's results (docs/experiments.md): the"
            + " difference (hypotheses − OTHER), its 95%% interval and p-value; one reference, sacreBLEU's default metrics.")
    Path pairedBs;

    @Option(names = "--paired-bs-n", defaultValue = "1000", description = "Resamples of --paired-bs (default: ${DEFAULT-VALUE}).")
    int resamples;

    @Option(names = "--paired-bs-seed", defaultValue = "12345", description = "Seed of --paired-bs's draws (default: ${DEFAULT-VALUE}).")
    long bootstrapSeed;

    @Override
    public Integer call() {
        if (!format.equals("json") && !format.equals("text")) {
            throw new InvalidInputException("--format '" + format + "' is not supported; allowed: json, text");
        }
        for (String m : metrics) {
            if (!m.equals("bleu") && !m.equals("chrf")) {
                throw new InvalidInputException("--metrics: '" + m + "' is not supported; allowed: bleu, chrf");
            }
        }
        BleuConfig bleuConfig = BleuConfig.corpus().withTokenize(tokenize).withLowercase(lowercase)
                .withSmoothing(Smoothing.named(smoothMethod), smoothValue);
        ChrfConfig chrfConfig = ChrfConfig.chrf().withWordOrder(chrfWordOrder).withLowercase(chrfLowercase);

        String hypName = input == null ? "<stdin>" : input.toString();
        List<String> hyps = stripped(input == null ? new Utf8Lines(System.in, hypName).rest() : Utf8Lines.readAll(input));
        List<List<String>> references = new ArrayList<>();
        for (Path ref : refs) {
            List<String> lines = stripped(Utf8Lines.readAll(ref));
            if (lines.size() != hyps.size()) {
                throw new InvalidInputException("hypotheses " + hypName + " have " + lineCount(hyps.size()) + " but reference "
                        + ref + " has " + lineCount(lines.size()));
            }
            references.add(lines);
        }

        List<String> other = pairedBs == null ? null : stripped(Utf8Lines.readAll(pairedBs));
        if (other != null) {
            if (references.size() != 1 || !tokenize.equals("13a") || lowercase || !smoothMethod.equals("exp") || chrfWordOrder != 0
                    || chrfLowercase) {
                throw new InvalidInputException("--paired-bs compares with one reference and sacreBLEU's default BLEU and chrF settings");
            }
            if (other.size() != hyps.size()) {
                throw new InvalidInputException("--paired-bs " + pairedBs + " has " + lineCount(other.size()) + " but hypotheses "
                        + hypName + " have " + lineCount(hyps.size()));
            }
        }

        Map<String, Object> json = new LinkedHashMap<>();
        List<String> text = new ArrayList<>();
        List<String> signatures = new ArrayList<>();
        for (String m : metrics) {
            if (m.equals("bleu")) {
                BleuScore s = new Bleu(bleuConfig).corpusScore(hyps, references);
                json.put("bleu", s.score());
                signatures.add(s.signature());
                json.put("bleu_signature", s.signature());
                json.put("bleu_verbose", s.verbose());
                text.add(s.format(width));
            } else {
                ChrfScore s = new Chrf(chrfConfig).corpusScore(hyps, references);
                json.put("chrf", s.score());
                signatures.add(s.signature());
                json.put("chrf_name", s.name());
                json.put("chrf_signature", s.signature());
                text.add(s.format(width));
            }
        }
        List<String> pairedText = new ArrayList<>();
        if (other != null) {
            PairedBootstrap bootstrap = new PairedBootstrap(hyps.size(), resamples, bootstrapSeed);
            Map<String, Object> paired = new LinkedHashMap<>();
            for (String m : metrics) {
                PairedBootstrap.Comparison c = m.equals("bleu") ? bootstrap.bleu(hyps, other, references.get(0))
                        : bootstrap.chrf(hyps, other, references.get(0));
                paired.put(m, c);
                pairedText.add(String.format(Locale.ROOT, "paired bootstrap %s: %s − %s = %+.2f, 95%% interval [%+.2f, %+.2f], p = %.3f"
                        + " (%d resamples)", m.equals("bleu") ? "BLEU" : "chrF", hypName, pairedBs, c.difference(), c.low(), c.high(),
                        c.pValue(), c.resamples()));
            }
            json.put("paired_bs", paired);
        }
        PrintWriter out = spec.commandLine().getOut();
        if (format.equals("json")) {
            Map<String, Object> ordered = new LinkedHashMap<>();
            metrics.forEach(m -> ordered.put(m, json.get(m)));
            ordered.put("signature", signatures.get(0));
            json.forEach(ordered::putIfAbsent);
            out.println(JsonLines.line(ordered));
        } else {
            // Right-aligned on ' = ' as sacrebleu prints several metrics.
            int column = text.stream().mapToInt(line -> line.indexOf(" = ")).max().orElse(0);
            text.forEach(line -> out.println(" ".repeat(column - line.indexOf(" = ")) + line));
            pairedText.forEach(out::println);
        }
        out.flush();
        return ExitCodes.OK;
    }

    private static String lineCount(int n) {
        return n + (n == 1 ? " line" : " lines");
    }

    /** sacrebleu reads every line with Python's rstrip(). */
    private static List<String> stripped(List<String> lines) {
        lines.replaceAll(Whitespace::stripTrailing);
        return lines;
    }
}
