package dev.revnas.cli;

import dev.revnas.platform.PlatformConfig;
import dev.revnas.platform.Service;
import java.nio.file.Path;
import java.util.Map;
import picocli.CommandLine.Option;

/** Where the local platform's code, state and database are: the options {@code up} and {@code chaos} share. */
final class PlatformOptions {
    @Option(names = "--home", hidden = true, defaultValue = "${env:REVNAS_HOME:-.}",
            description = "The repository root (bin/revnas sets it).")
    Path home;

    @Option(names = "--state", description = "Database, artifacts and logs (default: up: runs/platform; chaos: runs/chaos-<time>).")
    Path state;

    @Option(names = "--api-port", defaultValue = "8080", description = "api-service's port (default ${DEFAULT-VALUE}).")
    int apiPort;

    @Option(names = "--db-url", defaultValue = "${env:REVNAS_DB_URL}",
            description = "PostgreSQL JDBC URL (default: REVNAS_DB_URL, else an embedded H2 file database).")
    String dbUrl;

    @Option(names = "--db-user", defaultValue = "${env:REVNAS_DB_USER:-postgres}", description = "Database user.")
    String dbUser;

    @Option(names = "--db-password", defaultValue = "${env:REVNAS_DB_PASSWORD:-}", description = "Database password.")
    String dbPassword;

    @Option(names = "--ready-timeout", defaultValue = "300", description = "Seconds to wait for each service.")
    int readyTimeout;

    /**
     * The validated configuration.
     *
     * @param defaultState the state folder, relative to the repository root, when --state is not given
     */
    PlatformConfig config(Map<Service, Integer> ports, String defaultState, String apiKey) {
        Path root = home.toAbsolutePath().normalize();
        String url = dbUrl == null || dbUrl.isBlank() ? null : dbUrl;
        String java = ProcessHandle.current().info().command().orElse("java");
        return new PlatformConfig(root, state != null ? state : root.resolve(defaultState), ports, url,
                url == null ? "sa" : dbUser, url == null ? "" : dbPassword, apiKey, java);
    }
}
