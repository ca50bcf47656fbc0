package dev.revnas.train;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The git commit this build came from (git.properties written at build time), for provenance. */
public final class SourceRevision {
    private SourceRevision() {}

    public static String current() {
        String env = System.getenv("REVNAS_SOURCE_REVISION");
        if (env != null && !env.isBlank()) {
            return env;
        }
        try (InputStream in = SourceRevision.class.getResourceAsStream("/git.properties")) {
            if (in != null) {
                Properties p = new Properties();
                p.load(in);
                String id = p.getProperty("git.commit.id");
                if (id != null) {
                    return id + ("true".equals(p.getProperty("git.dirty")) ? "-dirty" : "");
                }
            }
        } catch (IOException ignored) {
            // falls through to "unknown"
        }
        return "unknown";
    }
}
