package dev.revnas.translate.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** deployed/&lt;name&gt;.json as api-service writes it (temp file + rename). */
@JsonIgnoreProperties(ignoreUnknown = true)
record Deployment(String id, String name, String path, String pair, String deployedAt) {}
