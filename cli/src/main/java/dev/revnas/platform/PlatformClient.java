package dev.revnas.platform;

import dev.revnas.io.Json;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ObjectNode;

/** The few REST calls {@code up} and {@code chaos} make to a running platform, with the admin key. */
public final class PlatformClient {
    static final ObjectMapper JSON = Json.MAPPER;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String apiUrl;
    private final String translationUrl;
    private final String apiKey;

    public PlatformClient(String apiUrl, String translationUrl, String apiKey) {
        this.apiUrl = apiUrl;
        this.translationUrl = translationUrl;
        this.apiKey = apiKey;
    }

    /** A non-2xx answer; the message carries the RFC 9457 detail when there is one. */
    public static final class ApiException extends RuntimeException {
        private final int status;

        ApiException(String method, String url, int status, String body) {
            super(method + " " + url + " -> " + status + ": " + problem(body));
            this.status = status;
        }

        public int status() {
            return status;
        }

        private static String problem(String body) {
            try {
                JsonNode n = JSON.readTree(body);
                return n.has("detail") ? n.get("detail").asString() : n.path("title").asString(body);
            } catch (RuntimeException e) { // not JSON, or not a problem detail
                return body;
            }
        }
    }

    /**
     * Registers a corpus directory as a dataset unless one of that path or that name exists (api-service copies
     * registered corpora into the artifact store, so the path it lists may be the copy's); returns the dataset id.
     */
    public String registerDataset(String name, String path) {
        for (JsonNode d : listAll("/api/v1/datasets")) {
            if (path.equals(d.path("path").asString()) || name.equals(d.path("name").asString())) {
                return d.get("id").asString();
            }
        }
        return createDataset(name, path);
    }

    /** Registers a corpus directory as a new dataset; returns its id. */
    public String createDataset(String name, String path) {
        ObjectNode body = JSON.createObjectNode().put("name", name).put("path", path);
        return api("POST", "/api/v1/datasets", body).get("id").asString();
    }

    public String submitSearch(ObjectNode searchConfig) {
        return api("POST", "/api/v1/search-jobs", searchConfig).get("id").asString();
    }

    public String submitTraining(ObjectNode request) {
        return api("POST", "/api/v1/training-jobs", request).get("id").asString();
    }

    /** {@code kind} is "search-jobs" or "training-jobs". */
    public JsonNode job(String kind, String id) {
        return api("GET", "/api/v1/" + kind + "/" + id, null);
    }

    /** Every job of {@code kind} ("search-jobs" or "training-jobs"), all pages, newest first as the API lists them. */
    public List<JsonNode> jobs(String kind) {
        return listAll("/api/v1/" + kind);
    }

    /** The job's events, oldest first: {@code [{"id", "at", "type", "attempt", "worker", "message"}]}. */
    public JsonNode events(String kind, String id) {
        return api("GET", "/api/v1/" + kind + "/" + id + "/events", null).path("events");
    }

    /** Unpacks the model's artifact (the API's zip) into {@code dir}, over what is there; returns the model directory in it. */
    public Path downloadModel(String id, Path dir) {
        HttpRequest req = HttpRequest.newBuilder(URI.create(apiUrl + "/api/v1/models/" + id + "/artifact"))
                .timeout(Duration.ofSeconds(120)).header("X-API-Key", apiKey).GET().build();
        try {
            HttpResponse<InputStream> r = http.send(req, HttpResponse.BodyHandlers.ofInputStream());
            try (ZipInputStream zip = new ZipInputStream(r.body())) {
                if (r.statusCode() != 200) {
                    throw new ApiException("GET", req.uri().toString(), r.statusCode(),
                            new String(zip.readAllBytes(), StandardCharsets.UTF_8));
                }
                Path top = null;
                for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                    Path file = dir.resolve(e.getName()).normalize();
                    if (!file.startsWith(dir) || e.isDirectory()) {
                        continue; // only the model's own files, inside dir
                    }
                    Files.createDirectories(file.getParent());
                    Files.copy(zip, file, StandardCopyOption.REPLACE_EXISTING);
                    top = dir.resolve(dir.relativize(file).getName(0));
                }
                if (top == null) {
                    throw new IllegalStateException("the artifact of model " + id + " is an empty zip");
                }
                return top;
            }
        } catch (IOException e) {
            throw new IllegalStateException("GET " + req.uri() + " failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("GET " + req.uri() + " interrupted", e);
        }
    }

    public JsonNode model(String id) {
        return api("GET", "/api/v1/models/" + id, null);
    }

    public JsonNode deploy(String modelId) {
        return api("POST", "/api/v1/models/" + modelId + "/deploy", JSON.createObjectNode());
    }

    public JsonNode translationModels() {
        return call("GET", translationUrl + "/api/v1/models", null);
    }

    public JsonNode translate(ObjectNode request) {
        return call("POST", translationUrl + "/api/v1/translate", request);
    }

    /** Every element of a paged list, page by page (100 a page). */
    private List<JsonNode> listAll(String path) {
        List<JsonNode> all = new ArrayList<>();
        for (int page = 0, pages = 1; page < pages; page++) {
            JsonNode listed = api("GET", path + "?size=100&page=" + page, null);
            pages = listed.path("totalPages").asInt(1);
            (listed.has("content") ? listed.get("content") : listed).forEach(all::add);
        }
        return all;
    }

    private JsonNode api(String method, String path, JsonNode body) {
        return call(method, apiUrl + path, body);
    }

    private JsonNode call(String method, String url, JsonNode body) {
        HttpRequest.Builder req = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60))
                .header("X-API-Key", apiKey).header("Accept", "application/json");
        if (body == null) {
            req.GET();
        } else {
            // A retried POST must not create a second job.
            req.header("Content-Type", "application/json").header("Idempotency-Key", UUID.randomUUID().toString())
                    .method(method, HttpRequest.BodyPublishers.ofString(body.toString()));
        }
        try {
            HttpResponse<String> r = http.send(req.build(), HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() / 100 != 2) {
                throw new ApiException(method, url, r.statusCode(), r.body());
            }
            return r.body().isBlank() ? JSON.createObjectNode() : JSON.readTree(r.body());
        } catch (IOException | JacksonException e) {
            throw new IllegalStateException(method + " " + url + " failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(method + " " + url + " interrupted", e);
        }
    }
}
