package dev.revnas.cli;

import dev.revnas.corpus.CorpusFiles;
import dev.revnas.corpus.CorpusManifest;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "verify", mixinStandardHelpOptions = true,
        description = "Checks that a corpus directory's files match its manifest (sha256, bytes, lines, fingerprint).")
final class CorpusVerifyCommand implements Callable<Integer> {
    @Parameters(paramLabel = "DIR", description = "Corpus directories.", arity = "1..*")
    Path[] dirs;

    @Override
    public Integer call() throws Exception {
        for (Path dir : dirs) {
            CorpusManifest m = CorpusFiles.verify(dir);
            System.out.println(dir + " OK: " + m.summary());
        }
        return ExitCodes.OK;
    }
}
