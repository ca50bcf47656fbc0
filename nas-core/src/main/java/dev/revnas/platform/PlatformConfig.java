package dev.revnas.platform;

import dev.revnas.InvalidInputException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything {@code revnas up} decides before starting anything: where the code and state live, the ports,
 * the database and the first API key.
 *
 * @param home     the repository root (the jars and the sample corpus are found under it)
 * @param stateDir database file, artifacts and logs
 * @param ports    the HTTP port of each service
 * @param dbUrl    a JDBC URL, or null for the embedded H2 file database under {@code stateDir}
 */
public record PlatformConfig(Path home, Path stateDir, Map<Service, Integer> ports, String dbUrl, String dbUser,
        String dbPassword, String apiKey, String javaCommand) {

    public static final int API_PORT = 8080;
    public static final int TRANSLATION_PORT = 8081;
    public static final int WORKER_PORT = 8082;

    public PlatformConfig {
        home = home.toAbsolutePath().normalize();
        stateDir = stateDir.toAbsolutePath().normalize();
        ports = Map.copyOf(ports);
        for (Service s : Service.values()) {
            Integer port = ports.get(s);
            if (port == null || port < 1 || port > 65535) {
                throw new InvalidInputException(option(s) + " " + port + " is not a port (1-65535)");
            }
        }
        if (ports.values().stream().distinct().count() != ports.size()) {
            throw new InvalidInputException("--api-port, --translation-port and --worker-port must differ: " + ports);
        }
        if (dbUrl != null && !dbUrl.startsWith("jdbc:")) {
            throw new InvalidInputException("--db-url '" + dbUrl + "' is not a JDBC URL (jdbc:postgresql://host:5432/db)");
        }
        if (apiKey == null || apiKey.isBlank()) {
            throw new InvalidInputException("the API key must not be empty (REVNAS_API_KEY)");
        }
    }

    /** Default ports: 8080 api-service, 8081 translation-service, 8082 search-worker's actuator. */
    public static Map<Service, Integer> ports(int api, int translation, int worker) {
        Map<Service, Integer> ports = new EnumMap<>(Service.class);
        ports.put(Service.API, api);
        ports.put(Service.TRANSLATION, translation);
        ports.put(Service.WORKER, worker);
        return ports;
    }

    public static String option(Service s) {
        return switch (s) {
            case API -> "--api-port";
            case TRANSLATION -> "--translation-port";
            case WORKER -> "--worker-port";
        };
    }

    public boolean embeddedDatabase() {
        return dbUrl == null;
    }

    /** The JDBC URL every service gets; H2 in PostgreSQL mode, shared by the services through AUTO_SERVER. */
    public String jdbcUrl() {
        return embeddedDatabase()
                ? "jdbc:h2:file:" + stateDir.resolve("db").resolve("revnas") + ";MODE=PostgreSQL;AUTO_SERVER=TRUE"
                : dbUrl;
    }

    public Path artifactsDir() {
        return stateDir.resolve("artifacts");
    }

    public Path logsDir() {
        return stateDir.resolve("logs");
    }

    public int port(Service s) {
        return ports.get(s);
    }

    public String baseUrl(Service s) {
        return "http://localhost:" + port(s);
    }

    /** How to start one service: its command line, environment and log file. */
    public ServiceLaunch launch(Service s) {
        List<String> command = new ArrayList<>(List.of(javaCommand, s.heap()));
        if (s == Service.WORKER) {
            // ND4J's buffers live off the Java heap; JavaCPP refuses allocations past these.
            command.add("-Dorg.bytedeco.javacpp.maxbytes=" + System.getenv().getOrDefault("REVNAS_MAX_OFFHEAP", "8G"));
            command.add("-Dorg.bytedeco.javacpp.maxphysicalbytes="
                    + System.getenv().getOrDefault("REVNAS_MAX_RSS", "12G"));
        }
        command.addAll(List.of("-jar", s.jar(home).toString(), "--server.port=" + port(s)));
        Map<String, String> env = new LinkedHashMap<>();
        env.put("REVNAS_ARTIFACTS", artifactsDir().toString());
        if (s != Service.TRANSLATION) {
            env.put("REVNAS_DB_URL", jdbcUrl());
            env.put("REVNAS_DB_USER", dbUser);
            env.put("REVNAS_DB_PASSWORD", dbPassword);
        }
        if (s == Service.API) {
            env.put("REVNAS_API_KEY", apiKey);
        }
        // Passive OpenMP waiting: three JVMs share the cores (see bin/revnas).
        env.put("OMP_WAIT_POLICY", System.getenv().getOrDefault("OMP_WAIT_POLICY", "PASSIVE"));
        return new ServiceLaunch(s, List.copyOf(command), Map.copyOf(env), logsDir().resolve(s.module() + ".log"),
                baseUrl(s) + "/actuator/health/readiness");
    }

    /** The jars that are not built yet; {@code bin/revnas up} builds the reactor when any is missing. */
    public List<Path> missingJars() {
        List<Path> missing = new ArrayList<>();
        for (Service s : Service.values()) {
            if (!java.nio.file.Files.isRegularFile(s.jar(home))) {
                missing.add(s.jar(home));
            }
        }
        return missing;
    }
}
