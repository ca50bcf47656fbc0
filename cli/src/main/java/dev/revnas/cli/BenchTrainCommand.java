package dev.revnas.cli;

import dev.revnas.bench.TrainBenchmark;
import dev.revnas.config.BackpropMode;
import dev.revnas.model.EncoderDecoder;
import java.util.concurrent.Callable;
import me.tongfei.progressbar.ProgressBar;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "train", mixinStandardHelpOptions = true,
        description = {"Speed of training steps: by default the baseline Transformer, width 256, FFN 1024, 4 heads,",
            "3+3 layers, tied vocabulary 8,000, batches of 128 pairs of 32+32 tokens."})
final class BenchTrainCommand implements Callable<Integer> {
    @Mixin
    BenchModels models;

    @Option(names = "--mode", description = "Backprop mode of a reversible model (default: reconstruct; the baseline is standard).")
    String mode;

    @Option(names = "--sentences", defaultValue = "128")
    int sentences;

    @Option(names = "--length", defaultValue = "32", description = "Positions per sentence, EOS included (default: ${DEFAULT-VALUE}).")
    int length;

    @Option(names = "--warmup", defaultValue = "2")
    int warmup;

    @Option(names = "--steps", defaultValue = "5")
    int steps;

    @Option(names = "--format", defaultValue = "text", description = "text or json.")
    String format;

    @Override
    public Integer call() {
        EncoderDecoder model = models.build();
        BackpropMode m = models.isBaseline() ? BackpropMode.STANDARD : (mode == null ? BackpropMode.RECONSTRUCT : BackpropMode.parse(mode));
        TrainBenchmark.Result r;
        try (ProgressBar bar = Progress.bar("bench train", warmup + steps, "steps")) {
            r = TrainBenchmark.run(model, m, sentences, length, warmup, Math.max(5, steps), bar::step);
        }
        if (format.equals("json")) {
            System.out.println(JsonLines.line(r));
        } else {
            System.out.printf("%.0f target tokens/s, %.1f GFLOP/s, median step %.0f ms (%,d parameters, %,d counted for FLOPs, %.0f tokens)%n",
                    r.tokensPerSecond(), r.gflops(), r.stepMillis(), r.parameters(), r.flopParameters(), r.targetTokens());
        }
        return ExitCodes.OK;
    }
}
