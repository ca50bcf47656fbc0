package dev.revnas.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code revnas up} refuses bad set-ups before starting anything, and names a service that dies. */
class UpCommandTest {
    @TempDir
    Path home;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private PrintStream savedOut;
    private PrintStream savedErr;

    @BeforeEach
    void capture() {
        savedOut = System.out;
        savedErr = System.err;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void restore() {
        System.setOut(savedOut);
        System.setErr(savedErr);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    /** Files where the jars and the sample corpus would be: enough to get past the checks. */
    private void fakeCheckout() throws Exception {
        for (String m : List.of("api-service", "search-worker", "translation-service")) {
            Files.createDirectories(home.resolve(m).resolve("target"));
            Files.writeString(home.resolve(m).resolve("target").resolve(m + ".jar"), "not a jar");
        }
        Files.createDirectories(home.resolve("data/samples/en-de"));
        Files.writeString(home.resolve("data/samples/en-de/manifest.json"), "{}");
    }

    private static List<String> freePorts(int n) throws Exception {
        List<ServerSocket> sockets = new ArrayList<>();
        List<String> ports = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            ServerSocket s = new ServerSocket(0);
            sockets.add(s);
            ports.add(Integer.toString(s.getLocalPort()));
        }
        for (ServerSocket s : sockets) {
            s.close();
        }
        return ports;
    }

    private int up(String... args) {
        List<String> all = new ArrayList<>(List.of("up", "--home", home.toString()));
        all.addAll(List.of(args));
        return Main.run(all.toArray(String[]::new));
    }

    @Test
    void refusesTwoServicesOnOnePort() {
        assertEquals(ExitCodes.BAD_INPUT, up("--api-port", "9100", "--translation-port", "9100"));
        assertTrue(err().contains("--api-port, --translation-port and --worker-port must differ"), err());
    }

    @Test
    void namesTheUnbuiltJarsAndHowToBuildThem() {
        assertEquals(ExitCodes.BAD_INPUT, up());
        assertTrue(err().contains(home.resolve("api-service/target/api-service.jar").toString()), err());
        assertTrue(err().contains("bin/revnas up builds them"), err());
    }

    @Test
    void refusesAPortInUseNamingItsOption() throws Exception {
        fakeCheckout();
        List<String> ports = freePorts(2);
        try (ServerSocket taken = new ServerSocket(0)) {
            assertEquals(ExitCodes.BAD_INPUT, up("--api-port", ports.get(0), "--translation-port", ports.get(1),
                    "--worker-port", Integer.toString(taken.getLocalPort())));
        }
        assertTrue(err().contains("for search-worker is in use; choose another with --worker-port"), err());
    }

    @Test
    void rejectsADatabaseUrlThatIsNotJdbc() {
        assertEquals(ExitCodes.BAD_INPUT, up("--db-url", "postgres://localhost/revnas"));
        assertTrue(err().contains("--db-url 'postgres://localhost/revnas' is not a JDBC URL"), err());
    }

    @Test
    void keepWithoutDemoIsRefused() {
        assertEquals(ExitCodes.BAD_INPUT, up("--keep"));
        assertTrue(err().contains("--keep only makes sense with --demo"), err());
    }

    @Test
    void aServiceThatDiesIsReportedWithItsLog() throws Exception {
        fakeCheckout();
        List<String> ports = freePorts(3);
        int code = up("--state", home.resolve("state").toString(), "--api-port", ports.get(0),
                "--translation-port", ports.get(1), "--worker-port", ports.get(2), "--ready-timeout", "60");
        Path log = home.resolve("state/logs/api-service.log");
        assertEquals(ExitCodes.INTERNAL, code);
        assertTrue(err().contains("api-service exited before it was ready; see its log " + log), err());
        // The JVM's own complaint about the broken jar is what the user finds in that log.
        assertTrue(Files.readString(log).toLowerCase().contains("jar"), Files.readString(log));
    }
}
