package dev.revnas;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The packages of formats, nas-core and cli depend on each other in one direction only: the shared
 * formats at the bottom, the method above them, its run loops above that, the command line on top.
 * A new dependency that is not in {@link #ALLOWED} fails here, naming the classes; add it to the table
 * only if the direction is right. docs/architecture.md draws this table.
 */
class PackageDependenciesTest {
    /** Each package and the packages it may use (the root package, InvalidInputException, is free to all). */
    static final Map<String, Set<String>> ALLOWED = Map.ofEntries(
            // formats: what every module and service reads and writes, without ND4J
            Map.entry("io", Set.of()),
            Map.entry("genotype", Set.of("io")),
            Map.entry("config", Set.of("genotype", "io")),
            Map.entry("corpus", Set.of("io")),
            Map.entry("store", Set.of("config", "genotype", "io")),
            // nas-core: the method
            Map.entry("memory", Set.of()),
            Map.entry("metrics", Set.of()),
            Map.entry("ops", Set.of("genotype")),
            Map.entry("reversible", Set.of("config", "memory", "ops")),
            Map.entry("model", Set.of("config", "genotype", "memory", "ops", "reversible")),
            Map.entry("optim", Set.of("config", "ops")),
            Map.entry("data", Set.of("corpus", "io", "metrics", "model")),
            Map.entry("decode", Set.of("config", "data", "model", "ops")),
            Map.entry("artifact", Set.of("config", "data", "decode", "genotype", "io", "model", "ops", "store")),
            Map.entry("run", Set.of("config", "data", "memory", "model")),
            Map.entry("search", Set.of("config", "data", "genotype", "io", "memory", "model", "ops", "optim", "reversible", "run", "store")),
            Map.entry("train", Set.of("artifact", "config", "corpus", "data", "decode", "genotype", "io", "memory", "metrics", "model",
                    "ops", "optim", "reversible", "run", "store")),
            // nas-onnx: the trained model through ONNX Runtime
            Map.entry("onnx", Set.of("decode", "model", "ops", "reversible")),
            Map.entry("experiment", Set.of("artifact", "config", "corpus", "data", "decode", "genotype", "io", "metrics", "model", "ops",
                    "search", "store", "train")),
            // cli: the command line, benchmarks, the local platform and the Debian corpus builder
            Map.entry("debian", Set.of("corpus", "io")),
            // The local platform and the chaos run drive the services from outside; they compare results with the method's own types.
            Map.entry("platform", Set.of("artifact", "corpus", "data", "genotype", "io", "model", "search", "train")),
            Map.entry("bench", Set.of("config", "data", "decode", "genotype", "io", "memory", "model", "onnx", "ops", "optim", "reversible",
                    "search")),
            Map.entry("cli", Set.of("artifact", "bench", "config", "corpus", "data", "debian", "decode", "experiment", "genotype", "io",
                    "metrics", "model", "onnx", "ops", "optim", "platform", "reversible", "search", "store", "train")));

    private static JavaClasses classes;

    @BeforeAll
    static void importMainClasses() {
        // The other modules' test jars are on this class path too; their classes are tests as well.
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(location -> !location.contains("tests.jar")).importPackages("dev.revnas");
    }

    /** One Jackson major version: Spring Boot 4's (3, tools.jackson); only the annotations keep Jackson 2's package. */
    @Test
    void jsonGoesThroughJackson3Only() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("com.fasterxml.jackson.core..", "com.fasterxml.jackson.databind..")
                .check(classes);
    }

    @Test
    void packagesFormNoCycle() {
        slices().matching("dev.revnas.(*)..").should().beFreeOfCycles().check(classes);
    }

    @Test
    void everyPackageUsesOnlyThePackagesBelowIt() {
        Map<String, Set<String>> found = new TreeMap<>();
        List<String> violations = new ArrayList<>();
        for (JavaClass c : classes) {
            String from = topPackage(c);
            if (from == null) {
                continue;
            }
            c.getDirectDependenciesFromSelf().forEach(d -> {
                String to = topPackage(d.getTargetClass());
                if (to == null || to.equals(from)) {
                    return;
                }
                found.computeIfAbsent(from, k -> new TreeSet<>()).add(to);
                if (!ALLOWED.getOrDefault(from, Set.of()).contains(to)) {
                    violations.add(d.getDescription());
                }
            });
        }
        assertTrue(ALLOWED.keySet().containsAll(found.keySet()), "a package not in the table: " + found.keySet());
        assertEquals(List.of(), violations.stream().distinct().limit(20).toList(), "dependencies against the table");
    }

    @Test
    void theArchitecturePagesPackageDiagramIsTheTablesTransitiveReduction() throws IOException {
        String page = Files.readString(Path.of("..", "docs", "architecture.md"));
        String section = page.substring(page.indexOf("## Packages"), page.indexOf("\n## ", page.indexOf("## Packages") + 1));
        Set<String> drawn = new TreeSet<>();
        Matcher m = Pattern.compile("(?m)^\\s+(\\w+) --> (\\w+)$").matcher(section);
        while (m.find()) {
            drawn.add(m.group(1) + " --> " + m.group(2));
        }
        Set<String> reduced = new TreeSet<>();
        ALLOWED.forEach((from, tos) -> tos.forEach(to -> {
            boolean implied = tos.stream().anyMatch(other -> !other.equals(to) && reaches(other, to));
            if (!implied) {
                reduced.add(from + " --> " + to);
            }
        }));
        assertEquals(reduced, drawn, "docs/architecture.md's package diagram against ALLOWED");
    }

    private static boolean reaches(String from, String to) {
        for (String next : ALLOWED.getOrDefault(from, Set.of())) {
            if (next.equals(to) || reaches(next, to)) {
                return true;
            }
        }
        return false;
    }

    /** The package right under dev.revnas ("search" for dev.revnas.search.x.Y), or null for the root and other code. */
    private static String topPackage(JavaClass c) {
        String name = c.getPackageName();
        if (!name.startsWith("dev.revnas.")) {
            return null;
        }
        String rest = name.substring("dev.revnas.".length());
        int dot = rest.indexOf('.');
        return dot < 0 ? rest : rest.substring(0, dot);
    }
}
