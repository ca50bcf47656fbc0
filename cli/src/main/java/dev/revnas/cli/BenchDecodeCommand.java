package dev.revnas.cli;

import dev.revnas.bench.CpuFlags;
import dev.revnas.bench.DecodeBenchmark;
import dev.revnas.decode.Nd4jSteps;
import dev.revnas.decode.StepModel;
import dev.revnas.model.EncoderDecoder;
import dev.revnas.model.SpecialTokens;
import dev.revnas.onnx.OnnxSteps;
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

    @Option(names = "--engines", defaultValue = "nd4j", description = "nd4j, onnx or both, comma-separated, measured in"
            + " one run (default: ${DEFAULT-VALUE}).")
    String engines;

    @Option(names = "--onnx-threads", defaultValue = "1", description = "ONNX Runtime's intra-op threads (default: ${DEFAULT-VALUE}).")
    int onnxThreads;

    @Override
    public Integer call() {
        List<String> engineList = Options.choices("--engines", engines, List.of("nd4j", "onnx"));
        Options.requirePositive("--onnx-threads", onnxThreads);
        EncoderDecoder model = models.build();
        List<Integer> beamList = Options.positiveInts("--beams", beams);
        List<Integer> batchList = Options.positiveInts("--batches", batchSizes);
        if (!format.equals("json")) {
            System.out.println("cpu: " + CpuFlags.describe());
        }
        try (OnnxSteps onnx = engineList.contains("onnx") ? new OnnxSteps(model, SpecialTokens.DEFAULT, onnxThreads) : null) {
            for (int beam : beamList) {
                for (int batch : batchList) {
                    for (String engine : engineList) {
                        StepModel steps = engine.equals("onnx") ? onnx : new Nd4jSteps(model, SpecialTokens.DEFAULT, true);
                        report(measure(model, steps, engine, beam, batch));
                    }
                }
            }
        }
        return ExitCodes.OK;
    }

    private DecodeBenchmark.Result measure(EncoderDecoder model, StepModel steps, String engine, int beam, int batch) {
        int count = batch == 1 ? repeats : Math.max(5, repeats / 3);
        try (ProgressBar bar = Progress.bar(engine + " beam " + beam + " batch " + batch, count + 3, "batches")) {
            return DecodeBenchmark.run(model, steps, engine, beam, batch, sourceLength, count, 3, bar::step);
        }
    }

    private void report(DecodeBenchmark.Result r) {
        if (format.equals("json")) {
            System.out.println(JsonLines.line(r));
        } else {
            System.out.printf("%-4s beam %d batch %2d: %6.1f sentences/s, p50 %7.1f ms, p99 %7.1f ms, %.2f GFLOP a sentence, %.1f GFLOP/s%n",
                    r.engine(), r.beam(), r.batch(), r.sentencesPerSecond(), r.p50Millis(), r.p99Millis(), r.gflopPerSentence(),
                    r.gflops());
        }
    }
}
