package dev.revnas.cli;

import dev.revnas.bench.CpuFlags;
import dev.revnas.bench.DecodeBenchmark;
import dev.revnas.model.EncoderDecoder;
import java.util.List;
import java.util.concurrent.Callable;
import me.tongfei.progressbar.ProgressBar;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "decode", mixinStandardHelpOptions = true,
        description = {"Latency and throughput of beam search (beams x batch sizes) on 20-token source sentences."})
final class BenchDecodeCommand implements Callable<Integer> {
    @Mixin
    BenchModels models;

    @Option(names = "--beams", defaultValue = "4,1")
    String beams;

    @Option(names = "--batches", defaultValue = "1,32", description = "Batch sizes (default: ${DEFAULT-VALUE}).")
    String batchSizes;

    @Option(names = "--source-length", defaultValue = "20")
    int sourceLength;

    @Option(names = "--repeats", defaultValue = "30", description = "Timed batches per setting (default: ${DEFAULT-VALUE}).")
    int repeats;

    @Option(names = "--format", defaultValue = "text", description = "text or json (one object per setting).")
    String format;

    @Override
    public Integer call() {
        EncoderDecoder model = models.build();
        List<Integer> beamList = Options.positiveInts("--beams", beams);
        List<Integer> batchList = Options.positiveInts("--batches", batchSizes);
        if (!format.equals("json")) {
            System.out.println("cpu: " + CpuFlags.describe());
        }
        for (int beam : beamList) {
            for (int batch : batchList) {
                int count = batch == 1 ? repeats : Math.max(5, repeats / 3);
                DecodeBenchmark.Result r;
                try (ProgressBar bar = Progress.bar("beam " + beam + " batch " + batch, count + 3, "batches")) {
                    r = DecodeBenchmark.run(model, beam, batch, sourceLength, count, 3, bar::step);
                }
                if (format.equals("json")) {
                    System.out.println(JsonLines.line(r));
                } else {
                    System.out.printf("beam %d batch %2d: %6.1f sentences/s, p50 %7.1f ms, p99 %7.1f ms, %.2f GFLOP a sentence, %.1f GFLOP/s%n",
                            r.beam(), r.batch(), r.sentencesPerSecond(), r.p50Millis(), r.p99Millis(), r.gflopPerSentence(),
                            r.gflops());
                }
            }
        }
        return ExitCodes.OK;
    }
}
