package dev.revnas.platform;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;

/** The few REST calls {@code up} makes to a running platform, with the admin key. */
public final class PlatformClient {
    static final ObjectMapper JSON = new ObjectMapper();
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
                return n.has("detail") ? n.get("detail").asText() : n.path("title").asText(body);
            } catch (IOException | RuntimeException e) {
                return body;
            }
        }
    }

    /**
     * Registers a corpus directory as a dataset unless one of that path or that name exists (api-service copies
     * registered corpora into the artifact store, so the path it lists may be the copy's); returns the dataset id.
     */
    public String registerDataset(String name, String path) {
        for (int page = 0, pages = 1; page < pages; page++) {
            JsonNode listed = api("GET", "/api/v1/datasets?size=100&page=" + page, null);
            pages = listed.path("totalPages").asInt(1);
            for (JsonNode d : listed.has("content") ? listed.get("content") : listed) {
                if (path.equals(d.path("path").asText()) || name.equals(d.path("name").asText())) {
                    return d.get("id").asText();
                }
            }
        }
        ObjectNode body = JSON.createObjectNode().put("name", name).put("path", path);
        return api("POST", "/api/v1/datasets", body).get("id").asText();
    }

    public String submitSearch(ObjectNode searchConfig) {
        return api("POST", "/api/v1/search-jobs", searchConfig).get("id").asText();
    }

    public String submitTraining(ObjectNode request) {
        return api("POST", "/api/v1/training-jobs", request).get("id").asText();
    }

    /** {@code kind} is "search-jobs" or "training-jobs". */
    public JsonNode job(String kind, String id) {
        return api("GET", "/api/v1/" + kind + "/" + id, null);
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
        } catch (IOException e) {
            throw new IllegalStateException(method + " " + url + " failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(method + " " + url + " interrupted", e);
        }
    }
}
