package dev.revnas;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.function.Supplier;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.node.StringNode;

/**
 * The pieces of hostile HTTP requests that do not depend on the service, drawn from the caller's
 * seeded random: odd JSON values, ids, content types, methods; a valid JSON body with one thing
 * made wrong, random and truncated JSON, bytes that are not JSON, oversized bodies. Each service's
 * hostile-request test builds its routes, keys and templates around it; the same seed gives the
 * same requests.
 */
public final class HostileInput {
    /** Values that are wrong in most places: types, ranges, sizes and Unicode a client should not send. Raw JSON text. */
    public static final List<String> ODD_VALUES = List.of("null", "true", "false", "0", "-1", "1.5", "-0.0", "2147483647",
            "2147483648", "-2147483649", "9223372036854775807", "9223372036854775808", "123456789012345678901234567890",
            "1e308", "1e309", "-1e400", "1e-400", "[]", "{}", "[[[[[]]]]]", "\"\"", "\" \"", "\"\\u0000\"", "\"a\\u0000b\"",
            "\"\\ud800\"", "\"\\udfff\\ud800\"", "\"\\uffff\"", "\"\\u202e\\u200b\\ufeff\"", "\"\uD83D\uDE00\uD83D\uDC4D\"",
            "\"e\u0301\u0301\u0301\u0301\"", "\"../../../../etc/passwd\"", "\"'; drop table jobs; --\"", "\"%00\"", "\"NaN\"",
            "\"null\"", "\"00000000-0000-0000-0000-000000000000\"", "\"" + UUID.randomUUID() + "\"", "\"\u65e5\u672c\u8a9e\"",
            "{\"steps\": 1}", "[\"zero\"]", "\"x\"");
    /** Path values where an id belongs: none is a UUID the service knows, most are no UUID at all. Percent-encoded. */
    public static final List<String> ODD_IDS = List.of("not-a-uuid", "", "1", "-1", "null", "undefined", "%00", "%2F", "%2e%2e",
            "..", ".", "%C3%A9", "%E2%80%AE", "%F0%9F%98%80", "%FF%FE", "00000000-0000-0000-0000-00000000000g",
            "{" + UUID.randomUUID() + "}", UUID.randomUUID().toString().toUpperCase(), UUID.randomUUID().toString().replace("-", ""),
            "'%20or%201=1--", "a;b=c", "%25", "%5C", "99999999999999999999", "x".repeat(5000));
    public static final List<String> CONTENT_TYPES = List.of("text/plain", "application/xml", "application/x-www-form-urlencoded",
            "multipart/form-data", "multipart/form-data; boundary=x", "application/json; charset=utf-16",
            "application/json; charset=nonsense", "garbage", "*/*", "application/problem+json", "application/merge-patch+json",
            "application/json;;;", "");
    public static final List<String> ACCEPTS = List.of("application/xml", "text/html", "image/png", "*/*",
            "application/problem+json", "text/plain", "application/json;q=0");
    public static final List<String> METHODS = List.of("GET", "POST", "PUT", "DELETE", "PATCH", "OPTIONS", "HEAD");

    private static final ObjectMapper JSON = new ObjectMapper();

    private final SplittableRandom random;
    private final List<String> fieldNames;

    /**
     * @param random the caller's random, so that its own draws and these interleave as the seed says
     * @param fieldNames the service's field names, used by random JSON objects half of the time
     */
    public HostileInput(SplittableRandom random, List<String> fieldNames) {
        this.random = random;
        this.fieldNames = List.copyOf(fieldNames);
    }

    /**
     * A JSON body: mostly the template with one thing wrong, else random, truncated, not JSON at all, a bare
     * value or far too large. Adds the content type (sometimes a wrong one, sometimes none) to {@code headers}.
     *
     * @param template a valid body (as far as its shape goes), called again for each fresh copy
     */
    public byte[] jsonBody(String contentType, Supplier<String> template, List<Map.Entry<String, String>> headers, List<String> what) {
        if (chance(0.12)) {
            contentType = pick(CONTENT_TYPES);
            what.add("content type " + contentType);
        }
        if (!contentType.isEmpty() || chance(0.5)) {
            headers.add(Map.entry("Content-Type", contentType));
        }
        double p = random.nextDouble();
        if (p < 0.55) {
            return mutated(template.get(), what).getBytes(StandardCharsets.UTF_8);
        } else if (p < 0.65) {
            what.add("random JSON");
            return randomJson(4).getBytes(StandardCharsets.UTF_8);
        } else if (p < 0.80) {
            String text = chance(0.5) ? template.get() : randomJson(3);
            int cut = random.nextInt(Math.max(1, text.length()));
            what.add("truncated at " + cut);
            return text.substring(0, cut).getBytes(StandardCharsets.UTF_8);
        } else if (p < 0.90) {
            return raw(template.get(), what);
        } else if (p < 0.985) {
            String empty = pick(List.of("", " ", "\n", "null", "\"\"", "[]", "0", "true"));
            what.add("body '" + empty + "'");
            return empty.getBytes(StandardCharsets.UTF_8);
        }
        return oversized(template.get(), what);
    }

    /** The template (a JSON object) with one thing wrong: a value replaced, a field removed or added, or the whole wrapped. */
    public String mutated(String template, List<String> what) {
        ObjectNode tree = object(template);
        double p = random.nextDouble();
        List<String> paths = new ArrayList<>();
        fields(tree, "", paths);
        if (p < 0.05 || paths.isEmpty()) {
            what.add("valid template");
            return tree.toString();
        }
        String path = pick(paths);
        JsonNode parent = parent(tree, path);
        String name = path.substring(path.lastIndexOf('.') + 1);
        if (p < 0.20 && parent instanceof ObjectNode o) {
            o.remove(name);
            what.add("without " + path);
            return tree.toString();
        }
        if (p < 0.30) {
            String field = pick(List.of("colour", "", "\u00e9", "__proto__", "dataset ", "x".repeat(3000), "$where"));
            what.add("unknown field '" + RawHttp.abbreviate(field, 20) + "'");
            return insertRaw(tree, parent, field, pick(ODD_VALUES));
        }
        if (p < 0.36) {
            what.add("wrapped in an array");
            return "[" + tree + "]";
        }
        String value = chance(0.1) ? "\"" + "\u00e9\u202e".repeat(random.nextInt(1, 200_000)) + "\"" : pick(ODD_VALUES);
        what.add(path + " = " + RawHttp.abbreviate(value, 40));
        return replaceRaw(tree, parent, name, value);
    }

    /** Bytes that are not JSON, or JSON in a form the parser should refuse. */
    public byte[] raw(String valid, List<String> what) {
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

    /** A body far over anything a request needs (2 to 24 MB): a long string, a long array or many fields. */
    public byte[] oversized(String template, List<String> what) {
        ObjectNode tree = object(template);
        int size = random.nextInt(2, 24) * 1_000_000;
        int choice = random.nextInt(3);
        what.add("oversized #" + choice + " " + size + " bytes");
        String text = switch (choice) {
            case 0 -> insertRaw(tree, tree, "name", "\"" + "a".repeat(size) + "\"");
            case 1 -> insertRaw(tree, tree, "ops", "[" + "1,".repeat(size / 2) + "1]");
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

    /** Random JSON of at most {@code depth} levels; object fields are the service's names half of the time. */
    public String randomJson(int depth) {
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
                    String field = chance(0.5) ? pick(fieldNames) : randomText(random.nextInt(0, 10));
                    items.add("\"" + field + "\":" + randomJson(depth - 1));
                }
                yield "{" + String.join(",", items) + "}";
            }
        };
    }

    /** Text from every corner of Unicode (escaped as JSON wants), including controls and lone surrogates. */
    public String randomText(int length) {
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

    public byte[] randomBytes(int n) {
        byte[] b = new byte[n];
        for (int i = 0; i < n; i++) {
            b[i] = (byte) random.nextInt(256);
        }
        return b;
    }

    public static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    public boolean chance(double p) {
        return random.nextDouble() < p;
    }

    public <T> T pick(List<T> items) {
        return items.get(random.nextInt(items.size()));
    }

    private static ObjectNode object(String json) {
        return (ObjectNode) JSON.readTree(json);
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
    private static String replaceRaw(ObjectNode root, JsonNode parent, String name, String rawValue) {
        String marker = "@@" + UUID.randomUUID() + "@@";
        if (parent instanceof ObjectNode o) {
            o.put(name, marker);
        } else if (parent instanceof ArrayNode a) {
            a.set(Integer.parseInt(name), StringNode.valueOf(marker));
        }
        return root.toString().replace("\"" + marker + "\"", rawValue);
    }

    private static String insertRaw(ObjectNode root, JsonNode parent, String field, String rawValue) {
        ObjectNode target = parent instanceof ObjectNode o ? o : root;
        String marker = "@@" + UUID.randomUUID() + "@@";
        target.put(field, marker);
        return root.toString().replace("\"" + marker + "\"", rawValue);
    }
}
