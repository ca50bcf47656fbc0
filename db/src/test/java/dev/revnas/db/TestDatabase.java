package dev.revnas.db;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.regex.Pattern;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * The PostgreSQL that the platform tests run against: a Testcontainers postgres:16 when a Docker daemon is
 * reachable, else the local server at localhost:5432 (trust auth, user postgres; .ci/run starts it). One
 * server per test JVM, chosen on first use and named in the test log; each suite gets its own database on it,
 * created when missing, so that {@code ./mvnw verify} runs on a fresh machine.
 */
public final class TestDatabase {
    private static final String IMAGE = "postgres:16";
    private static final Pattern NAME = Pattern.compile("[a-z_][a-z0-9_]*");
    private static final Server SERVER = start();

    /** Where the databases are ({@code jdbc:postgresql://host:port/}) and who logs in. */
    private record Server(String urlPrefix, String user, String password) {}

    private TestDatabase() {}

    /** The JDBC URL of {@code database} on the test server; the database is created when missing. */
    public static String url(String database) {
        checkName(database);
        try (Connection c = DriverManager.getConnection(SERVER.urlPrefix() + "postgres", SERVER.user(), SERVER.password());
                PreparedStatement exists = c.prepareStatement("select 1 from pg_database where datname = ?")) {
            exists.setString(1, database);
            if (!exists.executeQuery().next()) {
                try (Statement create = c.createStatement()) {
                    create.execute("create database " + database);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("the test PostgreSQL at " + SERVER.urlPrefix() + " (user " + SERVER.user()
                    + ") is needed: " + e.getMessage(), e);
        }
        return SERVER.urlPrefix() + database;
    }

    /**
     * {@link #url} of an empty database: dropped first, with any connection a run that died left open on it (a
     * suite that starts services in their own processes cannot empty the tables under them).
     */
    public static String freshUrl(String database) {
        checkName(database);
        try (Connection c = DriverManager.getConnection(SERVER.urlPrefix() + "postgres", SERVER.user(), SERVER.password());
                Statement drop = c.createStatement()) {
            drop.execute("drop database if exists " + database + " with (force)");
        } catch (SQLException e) {
            throw new IllegalStateException("cannot drop the test database " + database + ": " + e.getMessage(), e);
        }
        return url(database);
    }

    private static void checkName(String database) {
        if (!NAME.matcher(database).matches()) {
            throw new IllegalArgumentException("test database name '" + database + "' must match " + NAME);
        }
    }

    public static String user() {
        return SERVER.user();
    }

    public static String password() {
        return SERVER.password();
    }

    private static Server start() {
        if (dockerReachable()) {
            PostgreSQLContainer container = new PostgreSQLContainer(IMAGE);
            container.start(); // Testcontainers' reaper removes it when this JVM exits
            System.out.println("PostgreSQL for tests: Testcontainers " + IMAGE);
            return new Server("jdbc:postgresql://" + container.getHost() + ":" + container.getMappedPort(5432) + "/",
                    container.getUsername(), container.getPassword());
        }
        System.out.println("PostgreSQL for tests: local server localhost:5432");
        return new Server("jdbc:postgresql://localhost:5432/", "postgres", "");
    }

    /** Testcontainers is asked only where a daemon could be: finding none, it logs a page of errors. */
    private static boolean dockerReachable() {
        String home = System.getProperty("user.home");
        String runtime = System.getenv("XDG_RUNTIME_DIR");
        boolean configured = System.getenv("DOCKER_HOST") != null
                || Files.exists(Path.of("/var/run/docker.sock"))
                || Files.exists(Path.of(home, ".docker", "run", "docker.sock"))
                || Files.exists(Path.of(home, ".testcontainers.properties"))
                || runtime != null && Files.exists(Path.of(runtime, "docker.sock"));
        return configured && DockerClientFactory.instance().isDockerAvailable();
    }
}
