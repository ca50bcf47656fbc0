package dev.revnas.api.system;

import static dev.revnas.HostileInput.ACCEPTS;
import static dev.revnas.HostileInput.METHODS;
import static dev.revnas.HostileInput.ODD_IDS;

import dev.revnas.HostileInput;
import dev.revnas.RawHttp;
import dev.revnas.api.ApiRoute;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Hostile requests for api-service, drawn from a seed: random and truncated JSON, valid requests
 * with one value made wrong (type, range, size, Unicode), unknown fields, wrong content types and
 * methods, oversized bodies (those from the shared {@link HostileInput}), and here: bad and missing
 * keys, ids that are not UUIDs, odd query parameters, broken uploads. The same seed gives the same requests.
 */
final class HostileRequests {
    /** Ids and keys that exist when the requests are sent, so that some requests reach past validation. */
    record Fixtures(Map<String, String> keys, String dataset, String queuedSearch, String succeededSearch, String training,
            String model, String corpus, String genotype) {}

    private static final List<String> ODD_QUERY = List.of("-1", "0", "1", "200", "201", "2147483647", "2147483648",
            "-9223372036854775809", "1e3", "1.5", "ten", "", "%00", "%E2%80%AE", "%FF", "QUEUED", "queued", "SUCCEEDED", "BOGUS",
            "null", "%F0%9F%98%80", "9".repeat(400));
    private static final List<String> FIELD_NAMES = List.of("dataset", "searchSpace", "hidden", "budget", "name", "scopes",
            "path", "searchJob", "genotype", "baseline", "matchParams", "seed", "ops");

    private final SplittableRandom random;
    private final HostileInput input;
    private final ObjectMapper json;
    private final Fixtures fixtures;
    private final List<ApiRoute> routes;
    private final List<String> idempotencyKeys = List.of("k1", "k2", "k3", "", " ", "\u00e9t\u00e9", "x".repeat(201));

    HostileRequests(long seed, ObjectMapper json, Fixtures fixtures, List<ApiRoute> routes) {
        this.random = new SplittableRandom(seed);
        this.input = new HostileInput(random, FIELD_NAMES);
        this.json = json;
        this.fixtures = fixtures;
        this.routes = routes.stream().filter(ApiRoute::isApi).toList();
    }

    RawHttp.Request next() {
        ApiRoute route = pick(routes);
        List<String> what = new ArrayList<>();
        String method = route.method();
        if (chance(0.08)) {
            method = pick(METHODS);
            what.add("method " + method);
        }
        List<Map.Entry<String, String>> headers = new ArrayList<>();
        key(headers, what);
        String target = target(route, what);
        byte[] body = null;
        if (!method.equals("GET") && !method.equals("HEAD") || chance(0.05)) {
            body = body(route, headers, what);
        }
        if (chance(0.08)) {
            headers.add(Map.entry("Accept", pick(ACCEPTS)));
        }
        if (method.equals("POST") && chance(0.15)) {
            headers.add(Map.entry("Idempotency-Key", pick(idempotencyKeys)));
        }
        return new RawHttp.Request(method, target, headers, body, route + ": " + String.join(", ", what));
    }

    private void key(List<Map.Entry<String, String>> headers, List<String> what) {
        double p = random.nextDouble();
        String key;
        if (p < 0.70) {
            key = fixtures.keys().get("admin");
        } else if (p < 0.78) {
            key = fixtures.keys().get("submit");
        } else if (p < 0.84) {
            key = fixtures.keys().get("read");
        } else if (p < 0.88) {
            key = fixtures.keys().get("revoked");
            what.add("revoked key");
        } else if (p < 0.92) {
            what.add("no key");
            return;
        } else {
            key = pick(List.of("rvn_" + UUID.randomUUID(), "", " ", "\u00e9\u00e8\u202e", "x".repeat(6000), "null",
                    fixtures.keys().get("admin") + " ", fixtures.keys().get("admin").toUpperCase()));
            what.add("bad key");
        }
        headers.add(Map.entry("X-API-Key", key));
    }

    private String target(ApiRoute route, List<String> what) {
        String id;
        if (!route.hasVariables()) {
            id = "";
        } else if (chance(0.35)) {
            id = pick(List.of(fixtures.dataset(), fixtures.queuedSearch(), fixtures.succeededSearch(), fixtures.training(),
                    fixtures.model(), UUID.randomUUID().toString()));
        } else {
            id = pick(ODD_IDS);
            what.add("id " + RawHttp.abbreviate(id, 40));
        }
        String path = route.path(id);
        if (chance(0.06)) {
            path += pick(List.of("/", "//", "/extra", "/..", "/%2e%2e/%2e%2e/actuator", ";jsessionid=1", "/\u00e9", "%20"));
            what.add("path " + path);
        }
        if (chance(0.06)) {
            path = "/api/v1/" + pick(List.of("no-such-thing", "datasets/" + UUID.randomUUID() + "/x", "search-jobs/",
                    "..;/actuator", "%2e%2e/v3/api-docs", "\u00fc", "models/" + UUID.randomUUID() + "/artifact/x"));
            what.add("path " + path);
        }
        List<String> params = new ArrayList<>();
        if (route.method().equals("GET") && chance(0.6)) {
            for (String name : List.of("page", "size", "status", "after")) {
                if (chance(0.4)) {
                    params.add(name + "=" + pick(ODD_QUERY));
                }
            }
        }
        if (chance(0.05)) {
            params.add(pick(List.of("page=1&page=2", "unknown=1", "size", "=x", "%zz=1", "size=%", "status=" + "Q".repeat(3000))));
        }
        if (!params.isEmpty()) {
            what.add("query");
        }
        return params.isEmpty() ? path : path + "?" + String.join("&", params);
    }

    private byte[] body(ApiRoute route, List<Map.Entry<String, String>> headers, List<String> what) {
        boolean multipart = route.consumes() != null && route.consumes().toString().startsWith("multipart/");
        if (multipart && chance(0.85)) {
            return upload(headers, what);
        }
        String contentType = route.consumes() == null ? "application/json" : route.consumes().toString();
        return input.jsonBody(contentType, () -> template(route).toString(), headers, what);
    }

    /** A valid request body for the route (as far as its shape goes), to be made wrong in one place. */
    private ObjectNode template(ApiRoute route) {
        ObjectNode t = JsonNodeFactory.instance.objectNode();
        String p = route.pattern();
        if (p.startsWith("/api/v1/search-jobs")) {
            t.put("dataset", fixtures.dataset());
            ObjectNode space = t.putObject("searchSpace");
            ArrayNode ops = space.putArray("ops");
            List.of("zero", "identity", "ffn", "self_attn_4", "sep_conv_3", "cross_attn_4").forEach(ops::add);
            space.put("splits", 2).put("nodes", 2);
            t.put("encoderLayers", 2).put("decoderLayers", 2).put("hidden", 64).put("mode", "reconstruct").put("seed", 1);
            t.putObject("budget").put("steps", 30);
        } else if (p.startsWith("/api/v1/training-jobs")) {
            double which = random.nextDouble();
            if (which < 0.4) {
                t.put("searchJob", fixtures.succeededSearch());
            } else if (which < 0.7) {
                t.set("genotype", json.readTree(fixtures.genotype()));
            } else {
                t.put("baseline", true);
                if (chance(0.5)) {
                    t.put("matchParams", fixtures.succeededSearch());
                }
            }
            t.put("dataset", fixtures.dataset()).put("hidden", 64).put("encoderLayers", 2).put("decoderLayers", 2)
                    .put("vocabSize", 2000).put("batchTokens", 1024);
            t.putObject("budget").put("steps", 200);
        } else if (p.startsWith("/api/v1/api-keys")) {
            t.put("name", "hostile");
            t.putArray("scopes").add(pick(List.of("read", "submit", "admin")));
        } else if (p.startsWith("/api/v1/datasets")) {
            t.put("name", "hostile").put("path", fixtures.corpus());
        }
        return t;
    }

    /** multipart/form-data for the upload, mostly nearly right: a part missing, extra or odd, lines misaligned, a file too big. */
    private byte[] upload(List<Map.Entry<String, String>> headers, List<String> what) {
        String boundary = "hostile" + random.nextInt(1_000_000);
        headers.add(Map.entry("Content-Type", "multipart/form-data; boundary=" + boundary));
        String pair = chance(0.8) ? "en-de" : pick(List.of("", "en", "en-en", "en-de-fr", "e n-de", "\u00e9n-de", "en-" + "d".repeat(40),
                "a".repeat(15) + "-" + "b".repeat(15), "../x-y", "en\u0000-de"));
        String name = chance(0.8) ? "upload" : pick(List.of("", " ", "n".repeat(201), "a\u0000b", "\u202e\u00e9", "\uD83D\uDE00"));
        String[] langs = pair.split("-", -1);
        Map<String, byte[]> files = new LinkedHashMap<>();
        for (String split : List.of("train", "valid", "test")) {
            for (String lang : langs) {
                files.put(split + "." + lang, "a line\nanother line\n".getBytes(StandardCharsets.UTF_8));
            }
        }
        double p = random.nextDouble();
        if (p < 0.15 && !files.isEmpty()) {
            String gone = pick(new ArrayList<>(files.keySet()));
            files.remove(gone);
            what.add("upload without " + gone);
        } else if (p < 0.25) {
            files.put(pick(List.of("extra.en", "../../escape", "train.en/../../x", "\u00e9")), "x\n".getBytes(StandardCharsets.UTF_8));
            what.add("upload with an extra part");
        } else if (p < 0.35 && !files.isEmpty()) {
            files.put(pick(new ArrayList<>(files.keySet())), "only one line\n".getBytes(StandardCharsets.UTF_8));
            what.add("upload misaligned");
        } else if (p < 0.45 && !files.isEmpty()) {
            files.put(pick(new ArrayList<>(files.keySet())), pick(List.of(new byte[0], randomBytes(500),
                    "\u0000\n\uFFFF\n".getBytes(StandardCharsets.UTF_8))));
            what.add("upload with an odd file");
        } else if (p < 0.50 && !files.isEmpty()) {
            files.put(pick(new ArrayList<>(files.keySet())), "long line\n".repeat(30_000).getBytes(StandardCharsets.UTF_8));
            what.add("upload with a file over the limit");
        }
        what.add("upload pair '" + RawHttp.abbreviate(pair, 20) + "' name '" + RawHttp.abbreviate(name, 20) + "'");
        List<byte[]> chunks = new ArrayList<>();
        if (chance(0.95)) {
            chunks.add(part(boundary, "name", null, name.getBytes(StandardCharsets.UTF_8)));
        }
        if (chance(0.95)) {
            chunks.add(part(boundary, "pair", null, pair.getBytes(StandardCharsets.UTF_8)));
        }
        files.forEach((part, bytes) -> chunks.add(part(boundary, part, part, bytes)));
        chunks.add(("--" + boundary + (chance(0.95) ? "--\r\n" : "\r\n")).getBytes(StandardCharsets.UTF_8));
        return chunks.stream().reduce(new byte[0], HostileRequests::concat);
    }

    private static byte[] part(String boundary, String name, String fileName, byte[] content) {
        String head = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\""
                + (fileName == null ? "" : "; filename=\"" + fileName + "\"\r\nContent-Type: text/plain") + "\r\n\r\n";
        return concat(concat(head.getBytes(StandardCharsets.UTF_8), content), "\r\n".getBytes(StandardCharsets.UTF_8));
    }

    private byte[] randomBytes(int n) {
        return input.randomBytes(n);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        return HostileInput.concat(a, b);
    }

    private boolean chance(double p) {
        return input.chance(p);
    }

    private <T> T pick(List<T> items) {
        return input.pick(items);
    }
}
