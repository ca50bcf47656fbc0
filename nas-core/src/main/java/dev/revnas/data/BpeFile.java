package dev.revnas.data;

import dev.revnas.InvalidInputException;
import dev.revnas.io.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The saved form of a {@link BytePairEncoding}: JSON with the pieces in id order, the merges as
 * {@code "left right"} strings in the order learned (pieces never hold a space), the
 * provenance, and {@code checksum}: the SHA-256 of the compact JSON of everything else, so
 * that re-indenting the file keeps it valid but changing any piece or merge does not.
 */
final class BpeFile {
    static final String FORMAT = "revnas-bpe";
    static final int VERSION = 1;
    private static final ObjectMapper JSON = Json.MAPPER;

    private BpeFile() {}

    static void write(BytePairEncoding bpe, Path file) {
        ObjectNode root = body(bpe);
        root.put("checksum", checksum(root));
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter().withArrayIndenter(DefaultIndenter.SYSTEM_LINEFEED_INSTANCE);
        try {
            Path dir = file.toAbsolutePath().getParent();
            Files.createDirectories(dir);
            Path tmp = Files.createTempFile(dir, file.getFileName().toString(), ".tmp");
            JSON.writer().with(printer).writeValue(tmp.toFile(), root);
            // Atomic so that a crash never leaves half a vocabulary where a model expects one.
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": cannot be written", e);
        }
    }

    static BytePairEncoding read(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new InvalidInputException(file + ": no such file");
        }
        JsonNode root;
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": cannot be read", e);
        }
        try {
            root = JSON.readTree(bytes);
        } catch (JacksonException e) {
            // bytes that are not UTF-8 land here too ("Invalid UTF-8 start byte ...")
            throw new InvalidInputException(file + ": not a vocabulary (invalid JSON: " + e.getOriginalMessage() + ")", e);
        }
        if (root == null || !root.isObject() || !FORMAT.equals(root.path("format").asString(""))) {
            throw new InvalidInputException(file + ": not a vocabulary (no \"format\": \"" + FORMAT + "\")");
        }
        if (root.path("version").asInt(-1) != VERSION) {
            throw new InvalidInputException(file + ": vocabulary version " + root.path("version") + " is not supported; expected " + VERSION);
        }
        ObjectNode body = ((ObjectNode) root).deepCopy();
        JsonNode stored = body.remove("checksum");
        String actual = checksum(body);
        if (stored == null || !stored.asString("").equals(actual)) {
            throw new InvalidInputException(file + ": vocabulary checksum mismatch (file says " + stored + ", content hashes to "
                    + actual + "); the file is damaged or was edited");
        }
        try {
            return parse(body);
        } catch (InvalidInputException e) {
            throw new InvalidInputException(file + ": " + e.getMessage(), e);
        }
    }

    private static ObjectNode body(BytePairEncoding bpe) {
        Vocabulary v = bpe.vocabulary();
        ObjectNode root = JSON.createObjectNode();
        root.put("format", FORMAT);
        root.put("version", VERSION);
        ObjectNode provenance = root.putObject("provenance");
        bpe.provenance().entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(e -> provenance.put(e.getKey(), e.getValue()));
        ArrayNode pieces = root.putArray("pieces");
        v.pieces().forEach(pieces::add);
        ArrayNode merges = root.putArray("merges");
        for (int[] m : bpe.merges()) {
            merges.add(v.piece(m[0]) + " " + v.piece(m[1]));
        }
        return root;
    }

    private static BytePairEncoding parse(JsonNode body) {
        List<String> pieces = new ArrayList<>();
        body.path("pieces").forEach(p -> pieces.add(p.asString("")));
        Vocabulary v = new Vocabulary(pieces);
        List<int[]> merges = new ArrayList<>();
        for (JsonNode m : body.path("merges")) {
            String[] parts = m.asString("").split(" ", -1);
            int left = parts.length == 2 ? v.id(parts[0]) : -1;
            int right = parts.length == 2 ? v.id(parts[1]) : -1;
            int merged = left >= 0 && right >= 0 ? v.id(parts[0] + parts[1]) : -1;
            if (merged < Vocabulary.FIRST_LEARNED || left < Vocabulary.WORD_START_ID || right < Vocabulary.FIRST_LEARNED) {
                throw new InvalidInputException("merge " + (merges.size() + 1) + " '" + m.asString("") + "' does not join two learned pieces into one");
            }
            merges.add(new int[] {left, right, merged});
        }
        Map<String, String> provenance = new LinkedHashMap<>();
        body.path("provenance").properties().forEach(e -> provenance.put(e.getKey(), e.getValue().asString("")));
        return new BytePairEncoding(v, merges, provenance);
    }

    static String checksum(JsonNode body) {
        try {
            byte[] canonical = JSON.writeValueAsBytes(body);
            return "sha256:" + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(canonical));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
