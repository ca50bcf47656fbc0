package dev.revnas.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/** The processor a benchmark ran on: its model name and the SIMD flags ND4J's kernels depend on, from /proc/cpuinfo. */
public final class CpuFlags {
    private static final List<String> SIMD = List.of("sse4_2", "avx", "avx2", "fma", "f16c");

    private CpuFlags() {}

    /** For example "AMD EPYC: sse4_2 avx avx2 fma f16c avx512f avx512bw ..."; "unknown" where there is no /proc/cpuinfo. */
    public static String describe() {
        try {
            List<String> lines = Files.readAllLines(Path.of("/proc/cpuinfo"));
            String model = field(lines, "model name");
            String flags = Arrays.stream(field(lines, "flags").split("\\s+"))
                    .filter(f -> SIMD.contains(f) || f.startsWith("avx512"))
                    .collect(Collectors.joining(" "));
            return model + ": " + flags;
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }

    private static String field(List<String> lines, String name) {
        return lines.stream().filter(l -> l.startsWith(name)).findFirst()
                .map(l -> l.substring(l.indexOf(':') + 1).trim()).orElse("unknown");
    }
}
