package dev.revnas.platform;

import dev.revnas.InvalidInputException;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Everything {@code revnas up} decides before starting anything: where the code and state live, the ports,
 * the database and the first API key.
 *
 * @param home     the repository root (the jars and the sample corpus are found under it)
 * @param stateDir database file, artifacts and logs
 * @param ports    the HTTP port of each service it starts ({@code chaos} starts no translation-service)
 * @param dbUrl    a JDBC URL, or null for the embedded H2 file database under {@code stateDir}
 */
public record PlatformConfig(Path home, Path stateDir, Map<Service, Integer> ports, String dbUrl, String dbUser,
        String dbPassword, String apiKey, String javaCommand) {

    public static final int API_PORT = 8080;
    public static final int TRANSLATION_PORT = 8081;
    public static final int WORKER_PORT = 8082;
    public static final String SAMPLE = "data/samples/en-de";

    public PlatformConfig {
        home = home.toAbsolutePath().normalize();
        stateDir = stateDir.toAbsolutePath().normalize();
        ports = Map.copyOf(ports);
        for (Map.Entry<Service, Integer> e : ports.entrySet()) {
            if (e.getValue() < 1 || e.getValue() > 65535) {
                throw new InvalidInputException(option(e.getKey()) + " " + e.getValue() + " is not a port (1-65535)");
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
        Integer port = ports.get(s);
        if (port == null) {
            throw new IllegalStateException(s.module() + " has no port: it is not started by this command");
        }
        return port;
    }

    public String baseUrl(Service s) {
        return "http://localhost:" + port(s);
    }

    /** How to start one service: its command line, environment and log file. */
    public ServiceLaunch launch(Service s) {
        return launch(s, List.of());
    }

    /** {@link #launch(Service)} with Spring properties added to its command line ({@code --name=value}). */
    public ServiceLaunch launch(Service s, List<String> properties) {
        return launch(s, port(s), s.module(), properties);
    }

    /** One of several search-workers on this machine: the lease owner {@code id} (events name it), its port and log. */
    public ServiceLaunch worker(String id, int port, List<String> properties) {
        List<String> args = new ArrayList<>(properties);
        args.add("--revnas.worker.id=" + id);
        return launch(Service.WORKER, port, Service.WORKER.module() + "-" + id, args);
    }

    private ServiceLaunch launch(Service s, int port, String logName, List<String> properties) {
        List<String> command = new ArrayList<>(List.of(javaCommand, s.heap()));
        if (s == Service.WORKER) {
            // ND4J's buffers live off the Java heap; JavaCPP refuses allocations past these.
            command.add("-Dorg.bytedeco.javacpp.maxbytes=" + System.getenv().getOrDefault("REVNAS_MAX_OFFHEAP", "8G"));
            command.add("-Dorg.bytedeco.javacpp.maxphysicalbytes="
                    + System.getenv().getOrDefault("REVNAS_MAX_RSS", "12G"));
        }
        command.addAll(List.of("-jar", s.jar(home).toString(), "--server.port=" + port));
        command.addAll(properties);
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
        return new ServiceLaunch(s, List.copyOf(command), Map.copyOf(env), logsDir().resolve(logName + ".log"),
                "http://localhost:" + port + "/actuator/health/readiness");
    }

    /**
     * Fails before anything is started: a jar of {@code services} not built ({@code bin/revnas} builds the reactor
     * when one is missing), the sample corpus missing, a port of theirs already taken.
     */
    public void checkCanStart(Set<Service> services) {
        List<Path> missing = services.stream().map(s -> s.jar(home)).filter(jar -> !Files.isRegularFile(jar)).toList();
        if (!missing.isEmpty()) {
            throw new InvalidInputException("not built: " + missing
                    + " (bin/revnas up builds them, as does bin/revnas chaos; or run ./mvnw -DskipTests package)");
        }
        if (!Files.isRegularFile(sampleCorpus().resolve("manifest.json"))) {
            throw new InvalidInputException("the sample corpus " + sampleCorpus() + " is missing");
        }
        for (Service s : services) {
            if (!ports.containsKey(s)) {
                continue;
            }
            try (ServerSocket socket = new ServerSocket()) {
                socket.bind(new InetSocketAddress(port(s)));
            } catch (IOException e) {
                throw new InvalidInputException("port " + port(s) + " for " + s.module()
                        + " is in use; choose another with " + option(s));
            }
        }
    }

    /** The bundled en-de sample ({@code data/samples/en-de}): up registers it, chaos draws its tiny corpus from it. */
    public Path sampleCorpus() {
        return home.resolve(SAMPLE);
    }
}
