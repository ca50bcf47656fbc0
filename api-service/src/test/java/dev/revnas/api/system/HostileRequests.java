package dev.revnas.api.system;

import dev.revnas.api.ApiRoute;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Hostile requests for api-service, drawn from a seed: random and truncated JSON, valid requests
 * with one value made wrong (type, range, size, Unicode), unknown fields, wrong content types and
 * methods, oversized bodies, bad and missing keys, ids that are not UUIDs, odd query parameters.
 * The same seed gives the same requests.
 */
final class HostileRequests {
    /** Ids and keys that exist when the requests are sent, so that some requests reach past validation. */
    record Fixtures(Map<String, String> keys, String dataset, String queuedSearch, String succeededSearch, String training,
            String model, String corpus, String genotype) {}

    /** Values that are wrong in most places: types, ranges, sizes and Unicode a client should not send. Raw JSON text. */
    private static final List<String> ODD_VALUES = List.of("null", "true", "false", "0", "-1", "1.5", "-0.0", "2147483647",
            "2147483648", "-2147483649", "9223372036854775807", "9223372036854775808", "123456789012345678901234567890",
            "1e308", "1e309", "-1e400", "1e-400", "[]", "{}", "[[[[[]]]]]", "\"\"", "\" \"", "\"\\u0000\"", "\"a\\u0000b\"",
            "\"\\ud800\"", "\"\\udfff\\ud800\"", "\"\\uffff\"", "\"\\u202e\\u200b\\ufeff\"", "\"\uD83D\uDE00\uD83D\uDC4D\"",
            "\"e\u0301\u0301\u0301\u0301\"", "\"../../../../etc/passwd\"", "\"'; drop table jobs; --\"", "\"%00\"", "\"NaN\"",
            "\"null\"", "\"00000000-0000-0000-0000-000000000000\"", "\"" + UUID.randomUUID() + "\"", "\"\u65e5\u672c\u8a9e\"",
            "{\"steps\": 1}", "[\"zero\"]", "\"x\"");
    /** Path values where an id belongs: none is a UUID the API knows, most are no UUID at all. */
    private static final List<String> ODD_IDS = List.of("not-a-uuid", "", "1", "-1", "null", "undefined", "%00", "%2F", "%2e%2e",
            "..", ".", "%C3%A9", "%E2%80%AE", "%F0%9F%98%80", "%FF%FE", "00000000-0000-0000-0000-00000000000g",
            "{" + UUID.randomUUID() + "}", UUID.randomUUID().toString().toUpperCase(), UUID.randomUUID().toString().replace("-", ""),
            "'%20or%201=1--", "a;b=c", "%25", "%5C", "99999999999999999999", "x".repeat(5000));
    private static final List<String> ODD_QUERY = List.of("-1", "0", "1", "200", "201", "2147483647", "2147483648",
            "-9223372036854775809", "1e3", "1.5", "ten", "", "%00", "%E2%80%AE", "%FF", "QUEUED", "queued", "SUCCEEDED", "BOGUS",
            "null", "%F0%9F%98%80", "9".repeat(400));
    private static final List<String> CONTENT_TYPES = List.of("text/plain", "application/xml", "application/x-www-form-urlencoded",
            "multipart/form-data", "multipart/form-data; boundary=x", "application/json; charset=utf-16",
            "application/json; charset=nonsense", "garbage", "*/*", "application/problem+json", "application/merge-patch+json",
            "application/json;;;", "");
    private static final List<String> ACCEPTS = List.of("application/xml", "text/html", "image/png", "*/*",
            "application/problem+json", "text/plain", "application/json;q=0");
    private static final List<String> METHODS = List.of("GET", "POST", "PUT", "DELETE", "PATCH", "OPTIONS", "HEAD");

    private final SplittableRandom random;
    private final ObjectMapper json;
    private final Fixtures fixtures;
    private final List<ApiRoute> routes;
    private final List<String> idempotencyKeys = List.of("k1", "k2", "k3", "", " ", "\u00e9t\u00e9", "x".repeat(201));

    HostileRequests(long seed, ObjectMapper json, Fixtures fixtures, List<ApiRoute> routes) {
        this.random = new SplittableRandom(seed);
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
        if (chance(0.12)) {
            contentType = pick(CONTENT_TYPES);
            what.add("content type " + contentType);
        }
        if (!contentType.isEmpty() || chance(0.5)) {
            headers.add(Map.entry("Content-Type", contentType));
        }
        double p = random.nextDouble();
        if (p < 0.55) {
            return mutated(template(route), what).getBytes(StandardCharsets.UTF_8);
        } else if (p < 0.65) {
            what.add("random JSON");
            return randomJson(4).getBytes(StandardCharsets.UTF_8);
        } else if (p < 0.80) {
            String text = chance(0.5) ? template(route).toString() : randomJson(3);
            int cut = random.nextInt(Math.max(1, text.length()));
            what.add("truncated at " + cut);
            return text.substring(0, cut).getBytes(StandardCharsets.UTF_8);
        } else if (p < 0.90) {
            return raw(template(route).toString(), what);
        } else if (p < 0.985) {
            String empty = pick(List.of("", " ", "\n", "null", "\"\"", "[]", "0", "true"));
            what.add("body '" + empty + "'");
            return empty.getBytes(StandardCharsets.UTF_8);
        }
        return oversized(template(route), what);
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

    /** The template with one thing wrong: a value replaced, a field removed or added, or the whole wrapped. */
    private String mutated(ObjectNode template, List<String> what) {
        double p = random.nextDouble();
        List<String> paths = new ArrayList<>();
        fields(template, "", paths);
        if (p < 0.05 || paths.isEmpty()) {
            what.add("valid template");
            return template.toString();
        }
        String path = pick(paths);
        JsonNode parent = parent(template, path);
        String name = path.substring(path.lastIndexOf('.') + 1);
        if (p < 0.20 && parent instanceof ObjectNode o) {
            o.remove(name);
            what.add("without " + path);
            return template.toString();
        }
        if (p < 0.30) {
            String field = pick(List.of("colour", "", "\u00e9", "__proto__", "dataset ", "x".repeat(3000), "$where"));
            what.add("unknown field '" + RawHttp.abbreviate(field, 20) + "'");
            return insertRaw(template, parent, field, pick(ODD_VALUES));
        }
        if (p < 0.36) {
            what.add("wrapped in an array");
            return "[" + template + "]";
        }
        String value = chance(0.1) ? "\"" + "\u00e9\u202e".repeat(random.nextInt(1, 200_000)) + "\"" : pick(ODD_VALUES);
        what.add(path + " = " + RawHttp.abbreviate(value, 40));
        return replaceRaw(template, parent, name, value);
    }

    /** Every field path of the tree, dotted, array elements as indexes. */
    private static void fields(JsonNode node, String prefix, List<String> out) {
        if (node instanceof ObjectNode o) {
            for (String name : o.propertyNames()) {
                out.add(prefix + name);
                fields(o.get(name), prefix + name + ".", out);
            }
        } else if (node instanceof ArrayNode a) {
            for (int i = 0; i < a.size(); i++) {
                out.add(prefix + i);
                fields(a.get(i), prefix + i + ".", out);
            }
        }
    }

    private static JsonNode parent(JsonNode root, String path) {
        JsonNode node = root;
        String[] parts = path.split("\\.");
        for (int i = 0; i < parts.length - 1; i++) {
            node = node.isArray() ? node.get(Integer.parseInt(parts[i])) : node.get(parts[i]);
        }
        return node;
    }

    /** Sets a field (or array element) to raw JSON text that a tree cannot hold (lone surrogates, 1e400): via a marker. */
    private String replaceRaw(ObjectNode root, JsonNode parent, String name, String rawValue) {
        String marker = "@@" + UUID.randomUUID() + "@@";
        if (parent instanceof ObjectNode o) {
            o.put(name, marker);
        } else if (parent instanceof ArrayNode a) {
            a.set(Integer.parseInt(name), JsonNodeFactory.instance.stringNode(marker));
        }
        return root.toString().replace("\"" + marker + "\"", rawValue);
    }

    private String insertRaw(ObjectNode root, JsonNode parent, String field, String rawValue) {
        ObjectNode target = parent instanceof ObjectNode o ? o : root;
        String marker = "@@" + UUID.randomUUID() + "@@";
        target.put(field, marker);
        return root.toString().replace("\"" + marker + "\"", rawValue);
    }

    /** Bytes that are not JSON, or JSON in a form the parser should refuse. */
    private byte[] raw(String valid, List<String> what) {
        int choice = random.nextInt(9);
        what.add("raw #" + choice);
        return switch (choice) {
            case 0 -> randomBytes(random.nextInt(1, 2000));
            case 1 -> concat(new byte[] {(byte) 0xC3, 0x28, (byte) 0xFF, (byte) 0xFE}, valid.getBytes(StandardCharsets.UTF_8));
            case 2 -> concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, valid.getBytes(StandardCharsets.UTF_8));
            case 3 -> (valid + "}{" + valid).getBytes(StandardCharsets.UTF_8);
            case 4 -> valid.replace("\"", "'").getBytes(StandardCharsets.UTF_8);
            case 5 -> ("/* c */" + valid.replaceFirst(",", ", NaN: Infinity,")).getBytes(StandardCharsets.UTF_8);
            case 6 -> ("[".repeat(50_000) + "]".repeat(50_000)).getBytes(StandardCharsets.UTF_8);
            case 7 -> valid.replaceFirst("\\{", "{\"hidden\": 1, \"hidden\": 2, ").getBytes(StandardCharsets.UTF_8);
            default -> valid.getBytes(StandardCharsets.UTF_16);
        };
    }

    /** A body far over anything a request needs: a long string, a long array or many fields. */
    private byte[] oversized(ObjectNode template, List<String> what) {
        int size = random.nextInt(2, 24) * 1_000_000;
        int choice = random.nextInt(3);
        what.add("oversized #" + choice + " " + size + " bytes");
        String text = switch (choice) {
            case 0 -> insertRaw(template, template, "name", "\"" + "a".repeat(size) + "\"");
            case 1 -> insertRaw(template, template, "ops", "[" + "1,".repeat(size / 2) + "1]");
            default -> {
                StringBuilder b = new StringBuilder("{");
                for (int i = 0; b.length() < size; i++) {
                    b.append("\"f").append(i).append("\":").append(i).append(',');
                }
                yield b.append("\"x\":0}").toString();
            }
        };
        return text.getBytes(StandardCharsets.UTF_8);
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

    private String randomJson(int depth) {
        int kind = random.nextInt(depth <= 0 ? 3 : 5);
        return switch (kind) {
            case 0 -> pick(ODD_VALUES);
            case 1 -> Long.toString(random.nextLong());
            case 2 -> "\"" + randomText(random.nextInt(0, 40)) + "\"";
            case 3 -> {
                List<String> items = new ArrayList<>();
                for (int i = random.nextInt(0, 5); i > 0; i--) {
                    items.add(randomJson(depth - 1));
                }
                yield "[" + String.join(",", items) + "]";
            }
            default -> {
                List<String> items = new ArrayList<>();
                for (int i = random.nextInt(0, 6); i > 0; i--) {
                    String field = chance(0.5) ? pick(List.of("dataset", "searchSpace", "hidden", "budget", "name", "scopes", "path",
                            "searchJob", "genotype", "baseline", "matchParams", "seed", "ops")) : randomText(random.nextInt(0, 10));
                    items.add("\"" + field + "\":" + randomJson(depth - 1));
                }
                yield "{" + String.join(",", items) + "}";
            }
        };
    }

    /** Text from every corner of Unicode (escaped as JSON wants), including controls and lone surrogates. */
    private String randomText(int length) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < length; i++) {
            int c = switch (random.nextInt(4)) {
                case 0 -> random.nextInt(0x20, 0x7F);
                case 1 -> random.nextInt(0, 0x20);
                case 2 -> random.nextInt(0x80, 0x10000);
                default -> random.nextInt(0x10000, 0x110000);
            };
            if (c < 0x20 || c == '"' || c == '\\' || (c >= 0xD800 && c <= 0xDFFF)) {
                b.append(String.format("\\u%04x", c));
            } else {
                b.appendCodePoint(c);
            }
        }
        return b.toString();
    }

    private byte[] randomBytes(int n) {
        byte[] b = new byte[n];
        for (int i = 0; i < n; i++) {
            b[i] = (byte) random.nextInt(256);
        }
        return b;
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    private boolean chance(double p) {
        return random.nextDouble() < p;
    }

    private <T> T pick(List<T> items) {
        return items.get(random.nextInt(items.size()));
    }
}
