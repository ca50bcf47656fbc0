package dev.revnas.data;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.revnas.Mutations;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ObjectNode;

/** A mutated vocabulary file is refused naming it, by its checksum or, re-signed, by its content; never with an unchecked exception. */
class BpeFileFuzzTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private Path saved() {
        Path file = dir.resolve("vocab.json");
        BytePairEncoding.train(List.of("Open the file", "Öffne die Datei", "Close the file", "Schließe die Datei"), BpeConfig.of(280))
                .save(file);
        return file;
    }

    @Test
    void mutatedFilesFailTheirChecksumNamingTheFile() throws IOException {
        Path file = saved();
        var verdicts = Mutations.feed(Mutations.of(Files.readAllBytes(file), 7, 800), file.toString(), m -> {
            Files.write(file, m.bytes());
            BytePairEncoding.load(file);
        });
        assertTrue(verdicts.refused() > 750, verdicts.toString());
    }

    /** The checksum guards against damage, not against someone who recomputes it: the content is checked too. */
    @Test
    void mutatedAndReSignedFilesAreReadOrRefusedNamingTheFile() throws IOException {
        Path file = saved();
        ObjectNode body = (ObjectNode) JSON.readTree(file.toFile());
        body.remove("checksum");
        var verdicts = Mutations.feed(Mutations.of(JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(body), 8, 1000),
                file.toString(), m -> {
                    Files.write(file, signed(m.bytes()));
                    BytePairEncoding.load(file).encode("Öffne the Datei ▁ 12");
                });
        assertTrue(verdicts.refused() > 450, verdicts.toString());
    }

    private static byte[] signed(byte[] json) {
        try {
            JsonNode node = JSON.readTree(json);
            if (node instanceof ObjectNode object) {
                object.put("checksum", BpeFile.checksum(object));
                return JSON.writeValueAsBytes(object);
            }
        } catch (JacksonException notJson) {
            // written as it is: the reader must refuse it as JSON
        }
        return json;
    }
}
