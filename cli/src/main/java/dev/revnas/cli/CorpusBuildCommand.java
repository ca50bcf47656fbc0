package dev.revnas.cli;

import dev.revnas.corpus.CorpusFiles;
import dev.revnas.corpus.CorpusManifest;
import dev.revnas.debian.AptPackages;
import dev.revnas.debian.CorpusBuilder;
import dev.revnas.debian.CorpusSpec;
import dev.revnas.debian.PinnedCorpora;
import dev.revnas.debian.SwordExport;
import dev.revnas.io.AtomicFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import me.tongfei.progressbar.ProgressBar;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "build", mixinStandardHelpOptions = true,
        description = {
            "Downloads the pair's pinned Debian packages (apt-get download; nothing is installed), unpacks them,",
            "reads their gettext catalogs or SWORD Bibles (mod2imp, from libsword-utils) into aligned pairs, and",
            "writes DIR/{train,valid,test}.{en,<target>} and DIR/manifest.json. DIR must not exist."})
final class CorpusBuildCommand implements Callable<Integer> {
    @Option(names = "--pair", required = true, description = "en-de, en-fr, en-cs or en-es.")
    String pair;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Output directory; it must not exist.")
    Path out;

    @Option(names = "--deb-cache", paramLabel = "DIR",
            description = "Keep downloaded .debs here and reuse them (default: a temporary directory, deleted).")
    Path debCache;

    @Override
    public Integer call() throws Exception {
        CorpusSpec spec = PinnedCorpora.of(pair);
        CorpusFiles.requireAbsent(out);
        Path scratch = Files.createTempDirectory("revnas-corpus-");
        CorpusManifest m;
        try (ProgressBar bar = Progress.bar("corpus " + pair, CorpusBuilder.steps(spec), "steps")) {
            AptPackages apt = new AptPackages(debCache != null ? debCache : scratch.resolve("debs"), scratch.resolve("unpacked"));
            CorpusBuilder builder = new CorpusBuilder(apt, SwordExport.MOD2IMP, done -> {
                bar.setExtraMessage(done);
                bar.step();
            });
            m = builder.build(spec, out);
        } finally {
            AtomicFiles.deleteTree(scratch);
        }
        System.out.println(m.summary() + " in " + out);
        return ExitCodes.OK;
    }
}
