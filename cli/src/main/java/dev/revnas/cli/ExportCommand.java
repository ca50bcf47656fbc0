package dev.revnas.cli;

import dev.revnas.InvalidInputException;
import dev.revnas.artifact.ModelArtifact;
import dev.revnas.io.AtomicDirectory;
import dev.revnas.io.Json;
import dev.revnas.model.SpecialTokens;
import dev.revnas.onnx.TransformerExport;
import dev.revnas.store.ModelManifest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Exports a trained model (baseline or derived) to ONNX: encoder.onnx, decoder.onnx (one decoding step with its cache),",
                "onnx.json (their inputs, outputs and the special token ids) and the vocabulary, written as one directory."})
final class ExportCommand implements Callable<Integer> {
    @Option(names = "--format", required = true, description = "onnx (the only format).")
    String format;

    @Option(names = "--model", required = true, description = "Model directory written by 'revnas train'.")
    Path model;

    @Option(names = "--out", description = "Directory to write; must not exist (default: MODEL.onnx beside the model).")
    Path out;

    @Override
    public Integer call() {
        if (!format.equals("onnx")) {
            throw new InvalidInputException("--format '" + format + "' is not supported; allowed: onnx");
        }
        if (out == null) {
            out = model.resolveSibling(model.getFileName() + ".onnx");
        }
        if (Files.exists(out)) {
            throw new InvalidInputException("--out " + out + " already exists");
        }
        ModelArtifact.Loaded loaded = ModelArtifact.load(model);
        TransformerExport.Graphs graphs = TransformerExport.export(loaded.model());
        AtomicDirectory.write(out, false, dir -> {
            Files.write(dir.resolve("encoder.onnx"), graphs.encoder());
            Files.write(dir.resolve("decoder.onnx"), graphs.decoder());
            Files.copy(loaded.dir().resolve(ModelManifest.VOCABULARY), dir.resolve(ModelManifest.VOCABULARY));
            Json.PRETTY.writeValue(dir.resolve("onnx.json").toFile(), describe(loaded, graphs));
        });
        System.out.printf("wrote %s: encoder.onnx %,d bytes, decoder.onnx %,d bytes (ONNX opset %d)%n", out, graphs.encoder().length,
                graphs.decoder().length, TransformerExport.OPSET);
        return ExitCodes.OK;
    }

    /** What a runtime needs besides the graphs: shapes of the cache, special tokens, decoding defaults. */
    private static Map<String, Object> describe(ModelArtifact.Loaded loaded, TransformerExport.Graphs graphs) {
        SpecialTokens special = loaded.vocabulary().vocabulary().special();
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("pair", loaded.manifest().pair());
        d.put("opset", TransformerExport.OPSET);
        d.put("vocab", loaded.model().config().vocab());
        Map<String, Object> caches = new LinkedHashMap<>();
        graphs.caches().forEach(c -> caches.put(c.name(), c.shape()));
        d.put("decoderState", caches);
        d.put("positions", graphs.positions());
        d.put("special", Map.of("pad", special.pad(), "bos", special.bos(), "eos", special.eos(), "unk", special.unk()));
        d.put("decoding", loaded.manifest().decoding());
        d.put("encoder", Map.of("inputs", "source_ids int64 [B, S] (EOS-terminated, PAD-padded), source_mask float [B, S]",
                "outputs", "key_bias [B, 1, 1, S]; per cross-attention op j of the decoder: cross_kT_j [B, H, dh, S], cross_v_j [B, H, S, dh]"));
        d.put("decoder", Map.of("inputs", "tokens int64 [R], position int64 [1], parents int64 [R], key_bias, cross_kT_j, cross_v_j"
                + " (each sentence's rows repeated per hypothesis), past_NAME for each decoderState entry ([R] + its shape, zeros at first)",
                "outputs", "log_probs [R, V]; present_NAME (the state reordered by parents and advanced by one position)"));
        return d;
    }
}
