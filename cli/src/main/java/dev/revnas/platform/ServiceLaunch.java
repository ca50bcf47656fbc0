package dev.revnas.platform;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** One child process to start: command line, extra environment, where its output goes and its readiness URL. */
public record ServiceLaunch(Service service, List<String> command, Map<String, String> environment, Path log,
        String readinessUrl) {

    /** The same launch with {@code more} added to (or replacing entries of) its environment. */
    public ServiceLaunch withEnvironment(Map<String, String> more) {
        Map<String, String> env = new HashMap<>(environment);
        env.putAll(more);
        return new ServiceLaunch(service, command, Map.copyOf(env), log, readinessUrl);
    }
}
