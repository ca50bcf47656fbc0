package dev.revnas.translate.system;

import static dev.revnas.HostileInput.ACCEPTS;
import static dev.revnas.HostileInput.METHODS;
import static dev.revnas.HostileInput.ODD_IDS;

import dev.revnas.HostileInput;
import dev.revnas.RawHttp;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Hostile requests for translation-service, drawn from a seed, on every route Spring maps (its own
 * API and the LibreTranslate surface): the JSON bodies of the shared {@link HostileInput} (formats' test jar) (one value
 * made wrong, random, truncated, not JSON, oversized), and here: form and multipart bodies with
 * fields missing, repeated, undecodable or huge, bad and missing API keys (header and body), odd
 * Unicode texts, paths with ids that are not UUIDs, odd queries, methods, content types and Accept
 * headers. The same seed gives the same requests.
 */
final class HostileRequests {
    /** A route as Spring maps it; {@code consumes} is empty where it takes any body. */
    record Route(String method, String pattern, List<MediaType> consumes) {
        boolean libre() {
            return !pattern.startsWith("/api/");
        }

        @Override
        public String toString() {
            return method + " " + pattern + (consumes.isEmpty() ? "" : " " + consumes);
        }
    }

    private static final List<String> FIELD_NAMES = List.of("text", "texts", "model", "beam", "maxLength", "q", "source", "target",
            "format", "api_key", "apiKey");
    /** Texts a client should not send but a service must survive: empty, controls, lone surrogates, marks, huge. */
    private static final List<String> ODD_TEXTS = List.of("", " ", "\u0000", "a\u0000b", "\uFFFF", "\uFEFF\u200B", "\u202Eabc",
            "\uD83D\uDE00\uD83D\uDC4D", "e\u0301\u0301\u0301\u0301\u0301", "\uD800", "\uDFFF\uD800", "\u65E5\u672C\u8A9E", "\t\n\r",
            "x".repeat(301), "word ".repeat(60), "\u00e9".repeat(300), "NaN", "null", "../../../../etc/passwd", "<b>bold</b>");
    private static final List<String> ODD_QUERY = List.of("model=tiny", "model=%00", "q=hello", "q=%FF", "source=en&target=de",
            "%zz=1", "=x", "a=%", "beam=-1", "page=1&page=2", "api_key=", "x=" + "y".repeat(3000), "q=%F0%9F%98%80", "format=html");
    private static final List<String> LANGUAGES = List.of("en", "de", "auto", "", "EN", "en-US", "xx", "\u00e9", "e".repeat(300), "de\u0000");

    private final SplittableRandom random;
    private final HostileInput input;
    private final ObjectMapper json = new ObjectMapper();
    private final List<Route> routes;
    private final List<String> keys;
    private final List<String> sentences;

    /**
     * @param keys the API keys the service accepts (the first is sent most)
     * @param sentences texts the model can translate
     */
    HostileRequests(long seed, RequestMappingHandlerMapping mapping, List<String> keys, List<String> sentences) {
        this.random = new SplittableRandom(seed);
        this.input = new HostileInput(random, FIELD_NAMES);
        this.routes = routes(mapping);
        this.keys = List.copyOf(keys);
        this.sentences = List.copyOf(sentences);
    }

    /** Every route the application's controllers map, in a stable order (Spring Boot's /error page left out). */
    static List<Route> routes(RequestMappingHandlerMapping mapping) {
        List<Route> routes = new ArrayList<>();
        for (RequestMappingInfo info : mapping.getHandlerMethods().keySet()) {
            List<MediaType> consumes = List.copyOf(info.getConsumesCondition().getConsumableMediaTypes());
            List<String> methods = info.getMethodsCondition().getMethods().stream().map(RequestMethod::name).sorted().toList();
            for (String pattern : info.getPatternValues()) {
                for (String method : methods.isEmpty() ? List.of("GET") : methods) {
                    if (!pattern.equals("/error")) {
                        routes.add(new Route(method, pattern, consumes));
                    }
                }
            }
        }
        routes.sort(java.util.Comparator.comparing(Route::toString));
        return routes;
    }

    List<Route> routes() {
        return routes;
    }

    RawHttp.Request next() {
        Route route = input.pick(routes);
        List<String> what = new ArrayList<>();
        String method = route.method();
        if (input.chance(0.08)) {
            method = input.pick(METHODS);
            what.add("method " + method);
        }
        List<Map.Entry<String, String>> headers = new ArrayList<>();
        String key = key(what);
        if (!route.libre() && key != null) {
            headers.add(Map.entry("X-API-Key", key));
        }
        String target = target(route, what);
        byte[] body = null;
        if (!method.equals("GET") && !method.equals("HEAD") || input.chance(0.05)) {
            body = body(route, key, headers, what);
        }
        if (input.chance(0.08)) {
            headers.add(Map.entry("Accept", input.pick(ACCEPTS)));
        }
        return new RawHttp.Request(method, target, headers, body, route + ": " + String.join(", ", what));
    }

    /** A valid key most of the time; else none, or one that is wrong in some way. */
    private String key(List<String> what) {
        double p = random.nextDouble();
        if (p < 0.65) {
            return keys.get(0);
        } else if (p < 0.72) {
            return input.pick(keys);
        } else if (p < 0.84) {
            what.add("no key");
            return null;
        }
        what.add("bad key");
        return input.pick(List.of("unknown-key", "", " ", "\u00e9\u00e8\u202e", "k".repeat(6000), "null", keys.get(0) + " ",
                keys.get(0).toUpperCase(), keys.get(0) + "," + keys.get(1)));
    }

    private String target(Route route, List<String> what) {
        String path = route.pattern();
        if (input.chance(0.08)) {
            String id = input.pick(ODD_IDS);
            path += "/" + id;
            what.add("id " + RawHttp.abbreviate(id, 40));
        }
        if (input.chance(0.05)) {
            path += input.pick(List.of("/", "//", "/..", "/%2e%2e/%2e%2e/actuator", ";jsessionid=1", "%20", ".json"));
            what.add("path " + path);
        }
        if (input.chance(0.04)) {
            path = input.pick(List.of("/api/v1/no-such-thing", "/api/v1/models/tiny", "/api/v2/translate", "/detect",
                    "/frontend/settings", "/translate_file", "/..;/actuator", "/%2e%2e/etc/passwd", "/\u00fc"));
            what.add("path " + path);
        }
        if (input.chance(0.12)) {
            String query = input.pick(ODD_QUERY);
            what.add("query " + RawHttp.abbreviate(query, 30));
            return path + "?" + query;
        }
        return path;
    }

    private byte[] body(Route route, String key, List<Map.Entry<String, String>> headers, List<String> what) {
        MediaType consumes = route.consumes().isEmpty() ? MediaType.APPLICATION_JSON : input.pick(route.consumes());
        if (consumes.equals(MediaType.APPLICATION_FORM_URLENCODED) && input.chance(0.9)) {
            return form(key, headers, what);
        }
        if (consumes.equals(MediaType.MULTIPART_FORM_DATA) && input.chance(0.9)) {
            return multipart(key, headers, what);
        }
        return input.jsonBody(consumes.toString(), () -> template(route, key), headers, what);
    }

    /** A valid JSON body for the route (as far as its shape goes), to be made wrong in one place. */
    private String template(Route route, String key) {
        ObjectNode t = json.createObjectNode();
        boolean many = input.chance(0.3);
        if (route.pattern().equals("/api/v1/translate")) {
            if (many) {
                sentences(2).forEach(t.putArray("texts")::add);
            } else {
                t.put("text", sentence());
            }
            t.put("model", "tiny").put("beam", random.nextInt(1, 4)).put("maxLength", random.nextInt(1, 20));
        } else if (route.pattern().equals("/translate")) {
            if (many) {
                sentences(2).forEach(t.putArray("q")::add);
            } else {
                t.put("q", sentence());
            }
            t.put("source", "en").put("target", "de").put("format", "text");
            if (key != null) {
                t.put(input.chance(0.8) ? "api_key" : "apiKey", key);
            }
        }
        return t.toString();
    }

    /** A form post, mostly nearly right: a field missing, repeated, odd, undecodable or huge, or the body cut short. */
    private byte[] form(String key, List<Map.Entry<String, String>> headers, List<String> what) {
        headers.add(Map.entry("Content-Type", input.chance(0.9) ? "application/x-www-form-urlencoded"
                : "application/x-www-form-urlencoded; charset=" + input.pick(List.of("ISO-8859-1", "UTF-16", "nonsense"))));
        List<String> pairs = new ArrayList<>();
        for (Map.Entry<String, String> field : fields(key, what).entrySet()) {
            pairs.add(field.getKey() + "=" + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8));
        }
        double p = random.nextDouble();
        if (p < 0.10) {
            String raw = input.pick(List.of("q=%zz", "q=%FF%FE", "q=%", "=x", "&&&", "q", "q=a&q=b&q=c", "q=%C3%28",
                    "source=%00", "q=" + "%41".repeat(2000)));
            pairs.add(random.nextInt(pairs.size() + 1), raw);
            what.add("raw field " + RawHttp.abbreviate(raw, 30));
        }
        String text = String.join("&", pairs);
        if (p >= 0.10 && p < 0.16) {
            int cut = random.nextInt(Math.max(1, text.length()));
            what.add("form cut at " + cut);
            text = text.substring(0, cut);
        } else if (p >= 0.16 && p < 0.18) {
            int size = random.nextInt(1, 6) * 1_000_000;
            what.add("form of " + size + " bytes");
            text += "&q=" + "a".repeat(size);
        }
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** multipart/form-data with the form's fields, mostly nearly right: an odd boundary, a part without a name, cut short, huge. */
    private byte[] multipart(String key, List<Map.Entry<String, String>> headers, List<String> what) {
        String boundary = "hostile" + random.nextInt(1_000_000);
        double p = random.nextDouble();
        if (p < 0.05) {
            headers.add(Map.entry("Content-Type", "multipart/form-data"));
            what.add("multipart without a boundary");
        } else {
            headers.add(Map.entry("Content-Type", "multipart/form-data; boundary=" + boundary));
        }
        List<byte[]> chunks = new ArrayList<>();
        for (Map.Entry<String, String> field : fields(key, what).entrySet()) {
            chunks.add(part(boundary, field.getKey(), null, field.getValue().getBytes(StandardCharsets.UTF_8)));
        }
        if (p >= 0.05 && p < 0.10) {
            chunks.add(("--" + boundary + "\r\nContent-Disposition: form-data\r\n\r\nno name\r\n").getBytes(StandardCharsets.UTF_8));
            what.add("a part without a name");
        } else if (p >= 0.10 && p < 0.15) {
            chunks.add(part(boundary, "q", "q.txt", "a file where a field belongs".getBytes(StandardCharsets.UTF_8)));
            what.add("a file part");
        } else if (p >= 0.15 && p < 0.17) {
            int size = random.nextInt(1, 6) * 1_000_000;
            chunks.add(part(boundary, "q", null, "a".repeat(size).getBytes(StandardCharsets.UTF_8)));
            what.add("a part of " + size + " bytes");
        } else if (p >= 0.17 && p < 0.20) {
            chunks.add(part(boundary, input.pick(List.of("q", "source", "\u00e9", "")), null, input.randomBytes(random.nextInt(1, 300))));
            what.add("a part of random bytes");
        }
        chunks.add(("--" + boundary + (input.chance(0.95) ? "--\r\n" : "\r\n")).getBytes(StandardCharsets.UTF_8));
        byte[] body = chunks.stream().reduce(new byte[0], HostileInput::concat);
        if (p >= 0.20 && p < 0.27) {
            int cut = random.nextInt(Math.max(1, body.length));
            what.add("multipart cut at " + cut);
            return java.util.Arrays.copyOf(body, cut);
        }
        return body;
    }

    private static byte[] part(String boundary, String name, String fileName, byte[] content) {
        String head = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\""
                + (fileName == null ? "" : "; filename=\"" + fileName + "\"\r\nContent-Type: text/plain") + "\r\n\r\n";
        return HostileInput.concat(HostileInput.concat(head.getBytes(StandardCharsets.UTF_8), content),
                "\r\n".getBytes(StandardCharsets.UTF_8));
    }

    /** LibreTranslate's form fields, with one of them missing, odd or repeated now and then. */
    private Map<String, String> fields(String key, List<String> what) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("q", sentence());
        fields.put("source", "en");
        fields.put("target", "de");
        if (input.chance(0.3)) {
            fields.put("format", input.chance(0.8) ? "text" : "html");
        }
        if (key != null) {
            fields.put("api_key", key);
        }
        double p = random.nextDouble();
        if (p < 0.15) {
            String gone = input.pick(new ArrayList<>(fields.keySet()));
            fields.remove(gone);
            what.add("without " + gone);
        } else if (p < 0.40) {
            String field = input.pick(List.of("q", "q", "source", "target"));
            String value = field.equals("q") ? input.pick(ODD_TEXTS) : input.pick(LANGUAGES);
            fields.put(field, value);
            what.add(field + " = '" + RawHttp.abbreviate(value, 20) + "'");
        } else if (p < 0.45) {
            fields.put(input.pick(List.of("colour", "\u00e9", "x".repeat(3000), "q[]")), "1");
            what.add("an unknown field");
        }
        return fields;
    }

    private String sentence() {
        return input.chance(0.1) ? input.pick(ODD_TEXTS) : input.pick(sentences);
    }

    private List<String> sentences(int n) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(sentence());
        }
        return out;
    }
}
