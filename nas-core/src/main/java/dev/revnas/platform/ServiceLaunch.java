package dev.revnas.platform;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** One child process to start: command line, extra environment, where its output goes and its readiness URL. */
public record ServiceLaunch(Service service, List<String> command, Map<String, String> environment, Path log,
        String readinessUrl) {}
