package dev.revnas.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.revnas.InvalidInputException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code up}'s configuration: what each service is started with. */
class PlatformConfigTest {
    @TempDir
    Path home;

    private PlatformConfig config(String dbUrl) {
        return new PlatformConfig(home, home.resolve("runs/platform"), PlatformConfig.ports(8080, 8081, 8082), dbUrl,
                "sa", "", "rvn_test", "/usr/bin/java");
    }

    @Test
    void embeddedDatabaseIsAnH2FileInPostgresModeUnderTheStateDirectory() {
        PlatformConfig c = config(null);
        assertTrue(c.embeddedDatabase());
        assertEquals("jdbc:h2:file:" + home.resolve("runs/platform/db/revnas") + ";MODE=PostgreSQL;AUTO_SERVER=TRUE",
                c.jdbcUrl());
        assertEquals(home.resolve("runs/platform/artifacts"), c.artifactsDir());
    }

    @Test
    void givenDatabaseUrlIsPassedThrough() {
        PlatformConfig c = config("jdbc:postgresql://db:5432/revnas");
        assertFalse(c.embeddedDatabase());
        assertEquals("jdbc:postgresql://db:5432/revnas", c.launch(Service.WORKER).environment().get("REVNAS_DB_URL"));
    }

    @Test
    void apiServiceAloneGetsTheBootstrapKeyAndTranslationServiceNoDatabase() {
        PlatformConfig c = config(null);
        ServiceLaunch api = c.launch(Service.API);
        assertEquals("rvn_test", api.environment().get("REVNAS_API_KEY"));
        assertEquals(c.jdbcUrl(), api.environment().get("REVNAS_DB_URL"));
        assertFalse(c.launch(Service.WORKER).environment().containsKey("REVNAS_API_KEY"));
        assertFalse(c.launch(Service.TRANSLATION).environment().containsKey("REVNAS_DB_URL"));
        for (Service s : Service.values()) {
            assertEquals(c.artifactsDir().toString(), c.launch(s).environment().get("REVNAS_ARTIFACTS"));
        }
    }

    @Test
    void eachServiceRunsItsJarOnItsPortAndLogsToItsFile() {
        PlatformConfig c = config(null);
        ServiceLaunch t = c.launch(Service.TRANSLATION);
        assertEquals("/usr/bin/java", t.command().get(0));
        assertTrue(t.command().contains(home.resolve("translation-service/target/translation-service.jar").toString()));
        assertTrue(t.command().contains("--server.port=8081"));
        assertEquals(home.resolve("runs/platform/logs/translation-service.log"), t.log());
        assertEquals("http://localhost:8082/actuator/health/readiness", c.launch(Service.WORKER).readinessUrl());
    }

    @Test
    void oneOfSeveralWorkersHasItsIdItsLogAndItsPort() {
        PlatformConfig c = new PlatformConfig(home, home.resolve("runs/chaos"), java.util.Map.of(Service.API, 9000), null,
                "sa", "", "rvn_test", "/usr/bin/java");
        ServiceLaunch w = c.worker("chaos-w1-r2", 9123, java.util.List.of("--revnas.worker.lease-duration=5s"));
        assertTrue(w.command().contains("--server.port=9123"), w.command().toString());
        assertTrue(w.command().contains("--revnas.worker.id=chaos-w1-r2"), w.command().toString());
        assertTrue(w.command().contains("--revnas.worker.lease-duration=5s"), w.command().toString());
        assertEquals(home.resolve("runs/chaos/logs/search-worker-chaos-w1-r2.log"), w.log());
        assertEquals("http://localhost:9123/actuator/health/readiness", w.readinessUrl());
        assertEquals(c.jdbcUrl(), w.environment().get("REVNAS_DB_URL"));
        assertEquals("1", w.withEnvironment(java.util.Map.of("OMP_NUM_THREADS", "1")).environment().get("OMP_NUM_THREADS"));
        assertThrows(IllegalStateException.class, () -> c.port(Service.TRANSLATION));
    }

    @Test
    void rejectsSharedAndOutOfRangePortsNamingTheOption() {
        var shared = assertThrows(InvalidInputException.class, () -> new PlatformConfig(home, home,
                PlatformConfig.ports(8080, 8080, 8082), null, "sa", "", "k", "java"));
        assertTrue(shared.getMessage().contains("must differ"), shared.getMessage());
        var range = assertThrows(InvalidInputException.class, () -> new PlatformConfig(home, home,
                PlatformConfig.ports(8080, 8081, 70000), null, "sa", "", "k", "java"));
        assertTrue(range.getMessage().startsWith("--worker-port 70000"), range.getMessage());
    }

    @Test
    void rejectsADatabaseUrlThatIsNotJdbc() {
        var e = assertThrows(InvalidInputException.class, () -> config("postgres://localhost/revnas"));
        assertTrue(e.getMessage().startsWith("--db-url"), e.getMessage());
    }

    @Test
    void generatedKeysAreLongUrlSafeAndDistinct() {
        String a = PlatformKeys.generate();
        String b = PlatformKeys.generate();
        assertTrue(a.matches("rvn_[A-Za-z0-9_-]{43}"), a);
        assertFalse(a.equals(b));
    }
}
