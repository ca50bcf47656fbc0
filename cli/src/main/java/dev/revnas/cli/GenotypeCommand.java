package dev.revnas.cli;

import dev.revnas.genotype.Genotype;
import dev.revnas.genotype.GenotypeJson;
import dev.revnas.io.AtomicFiles;
import dev.revnas.search.CellDiagram;
import dev.revnas.search.Rederivation;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "genotype", mixinStandardHelpOptions = true, subcommands = {GenotypeCommand.Draw.class, GenotypeCommand.Derive.class},
        description = "Genotypes, the architectures a search derives.")
final class GenotypeCommand implements Runnable {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    @Command(name = "draw", mixinStandardHelpOptions = true,
            description = "Draws a genotype's cells as SVG: nodes left to right, each kept edge labelled with its op.")
    static final class Draw implements Callable<Integer> {
        @Option(names = "--genotype", required = true, description = "A genotype.json (a search's output).")
        Path genotype;

        @Option(names = "--out", description = "The SVG to write (default: the genotype's name with .svg).")
        Path out;

        @Override
        public Integer call() {
            Genotype g = GenotypeJson.read(genotype);
            String name = genotype.getFileName().toString();
            Path target = out != null ? out : genotype.resolveSibling(name.replaceFirst("\\.json$", "") + ".svg");
            String from = g.provenance() != null && g.provenance().seed() != null ? ", seed " + g.provenance().seed() : "";
            AtomicFiles.write(target, CellDiagram.svg("cells of " + genotype + from, g));
            System.out.println("wrote " + target);
            return ExitCodes.OK;
        }
    }

    @Command(name = "derive", mixinStandardHelpOptions = true,
            description = {"Derives a finished search's genotype again from what it recorded (search.json and the last α of",
                "alpha-history.json), with the derivation rules asked for; the same rules give the search's own genotype."})
    static final class Derive implements Callable<Integer> {
        @Option(names = "--search", required = true, description = "A finished search's output directory.")
        Path search;

        @Option(names = "--decoder-context", description = "Every decoder cell must hold an op that reads other target positions"
                + " (self-attention or a convolution): without one the decoder sees the source and the word before alone"
                + " (docs/experiments.md).")
        boolean decoderContext;

        @Option(names = "--out", required = true, description = "The genotype.json to write.")
        Path out;

        @Override
        public Integer call() {
            Genotype g = Rederivation.of(search, decoderContext);
            AtomicFiles.write(out, GenotypeJson.write(g));
            g.provenance().notes().forEach(n -> System.out.println("note: " + n));
            System.out.println("wrote " + out);
            return ExitCodes.OK;
        }
    }
}
