package dev.revnas.translate.model;

import java.nio.file.Path;
import java.time.Instant;

/**
 * A model the service should serve: from deployed/&lt;name&gt;.json or a directory of the static models dir.
 *
 * @param version changes whenever the deployment changes (another id, path, deployedAt or artifact), which reloads it
 */
public record ModelEntry(String name, String id, Path path, String pair, Instant deployedAt, String version) {}
