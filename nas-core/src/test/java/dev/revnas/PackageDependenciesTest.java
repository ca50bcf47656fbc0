package dev.revnas;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * nas-core's packages depend on each other in one direction only: the method at the bottom, the
 * run loops above it, the command line on top. A new dependency that is not in {@link #ALLOWED}
 * fails here, naming the classes; add it to the table only if the direction is right.
 */
class PackageDependenciesTest {
    /** Each package and the nas-core packages it may use (the root package, InvalidInputException, is free to all). */
    private static final Map<String, Set<String>> ALLOWED = Map.ofEntries(
            Map.entry("config", Set.of()),
            Map.entry("io", Set.of()),
            Map.entry("memory", Set.of()),
            Map.entry("metrics", Set.of()),
            Map.entry("ops", Set.of()),
            Map.entry("reversible", Set.of("memory", "ops")),
            Map.entry("model", Set.of("memory", "ops", "reversible")),
            Map.entry("optim", Set.of("config", "ops")),
            Map.entry("data", Set.of("io", "metrics", "model")),
            Map.entry("decode", Set.of("data", "model", "ops")),
            Map.entry("artifact", Set.of("data", "decode", "io", "model", "ops")),
            Map.entry("search", Set.of("config", "data", "io", "memory", "model", "ops", "optim", "reversible")),
            Map.entry("train", Set.of("artifact", "config", "data", "decode", "io", "memory", "metrics", "model", "ops", "optim",
                    "reversible")),
            Map.entry("experiment", Set.of("artifact", "config", "data", "io", "metrics", "model", "ops", "search", "train")),
            // The local platform and the chaos run drive the services from outside; they compare results with the method's own types.
            Map.entry("platform", Set.of("artifact", "data", "model", "search", "train")),
            Map.entry("bench", Set.of("data", "decode", "memory", "model", "ops", "optim", "reversible", "search")),
            Map.entry("cli", Set.of("artifact", "bench", "config", "data", "decode", "experiment", "io", "metrics", "model", "ops",
                    "optim", "platform", "reversible", "search", "train")));

    private static JavaClasses classes;

    @BeforeAll
    static void importMainClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("dev.revnas");
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
