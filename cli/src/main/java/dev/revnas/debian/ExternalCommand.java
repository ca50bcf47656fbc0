package dev.revnas.debian;

import dev.revnas.InvalidInputException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** Runs a system tool (apt-get, dpkg-deb, mod2imp) and returns its stdout; a failure names the tool and its last error line. */
final class ExternalCommand {
    private ExternalCommand() {}

    static String run(List<String> command, Path workDir, Map<String, String> env, String purpose) throws IOException {
        Path errors = Files.createTempFile("revnas-stderr-", ".txt");
        try {
            ProcessBuilder pb = new ProcessBuilder(command).directory(workDir.toFile()).redirectError(errors.toFile());
            pb.environment().putAll(env);
            Process process;
            try {
                process = pb.start();
            } catch (IOException e) {
                throw new InvalidInputException(purpose + ": cannot run '" + command.get(0) + "' (" + e.getMessage() + ")");
            }
            process.getOutputStream().close();
            String out;
            try (InputStream in = process.getInputStream()) {
                out = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            int exit = waitFor(process);
            if (exit != 0) {
                throw new InvalidInputException(purpose + ": '" + String.join(" ", command) + "' exited with " + exit
                        + firstMessage(Files.readString(errors, StandardCharsets.UTF_8), out));
            }
            return out;
        } finally {
            Files.deleteIfExists(errors);
        }
    }

    private static int waitFor(Process process) throws IOException {
        try {
            return process.waitFor();
        } catch (InterruptedException e) {
            process.destroy();
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }

    /** The first line that says what went wrong: stderr's (apt's "W:" warnings skipped), else stdout's. */
    private static String firstMessage(String stderr, String stdout) {
        return (stderr + "\n" + stdout).lines().map(String::strip)
                .filter(l -> !l.isEmpty() && !l.startsWith("W: ")).findFirst().map(l -> ": " + l).orElse("");
    }
}
