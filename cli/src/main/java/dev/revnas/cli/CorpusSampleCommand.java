package dev.revnas.cli;

import dev.revnas.corpus.CorpusManifest;
import dev.revnas.corpus.CorpusSampler;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "sample", mixinStandardHelpOptions = true,
        description = {
            "Draws a small corpus from a built one, deterministically: in each split the pairs with the smallest",
            "sha256(source TAB target), kept in corpus order. Same layout and manifest; DIR must not exist."})
final class CorpusSampleCommand implements Callable<Integer> {
    @Option(names = "--from", required = true, paramLabel = "DIR", description = "A built corpus directory.")
    Path from;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Output directory; it must not exist.")
    Path out;

    @Option(names = "--train", defaultValue = "2000", description = "Training pairs (default: ${DEFAULT-VALUE}).")
    int train;

    @Option(names = "--valid", defaultValue = "200", description = "Validation pairs (default: ${DEFAULT-VALUE}).")
    int valid;

    @Option(names = "--test", defaultValue = "200", description = "Test pairs (default: ${DEFAULT-VALUE}).")
    int test;

    @Override
    public Integer call() throws Exception {
        CorpusManifest m = CorpusSampler.sample(from, out, new CorpusSampler.Sizes(train, valid, test));
        System.out.println("sample " + m.summary() + " in " + out);
        return ExitCodes.OK;
    }
}
