package dev.revnas.translate.translate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.revnas.translate.ServiceTest;
import dev.revnas.translate.TinyModel;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class TranslateApiTest extends ServiceTest {

    @BeforeEach
    void tinyIsServing() {
        awaitStatus("tiny", "READY");
    }

    @Test
    void translatesOneTextAsNasCoreDoes() {
        String sentence = TinyModel.sentences(1).get(0);
        Response r = post("/api/v1/translate", translateBody("text", sentence, "model", "tiny"));
        assertEquals(200, r.status(), r.raw().body());
        assertEquals("tiny", r.body().get("model").asString());
        assertEquals("en", r.body().get("source").asString());
        assertEquals("de", r.body().get("target").asString());
        assertEquals(4, r.body().get("beam").asInt());
        assertEquals(List.of(TinyModel.translateAlone(sentence)), texts(r.body().get("translations")));
        assertTrue(r.body().get("millis").asDouble() > 0);
        assertTrue(r.body().get("decodeMillis").asDouble() > 0);
    }

    @Test
    void translatesManyTextsInTheirOrder() {
        List<String> sentences = TinyModel.sentences(5);
        Response r = post("/api/v1/translate", translateBody("texts", sentences, "model", "tiny"));
        assertEquals(200, r.status(), r.raw().body());
        assertEquals(sentences.stream().map(TinyModel::translateAlone).toList(), texts(r.body().get("translations")));
        assertTrue(r.body().get("batchSentences").asInt() >= 5);
    }

    @Test
    void withoutAModelNameUsesTheNewestDeployedModel() {
        Response r = post("/api/v1/translate", translateBody("text", "Open the file ."));
        assertEquals(200, r.status(), r.raw().body());
        assertTrue(r.body().get("model").asString().length() > 0);
    }

    @Test
    void beamAndMaxLengthAreHonoured() {
        Response r = post("/api/v1/translate", translateBody("text", "Save the document and close the window .", "model", "tiny",
                "beam", 1, "maxLength", 3));
        assertEquals(200, r.status(), r.raw().body());
        assertEquals(1, r.body().get("beam").asInt());
        // At most 3 subwords: 3 pieces cannot make more than 3 words.
        assertTrue(r.body().get("translations").get(0).asString().split(" ").length <= 3, r.raw().body());
    }

    @Test
    void listsTheModelsWithTheirStatus() {
        JsonNode tiny = null;
        for (JsonNode m : get("/api/v1/models").body().get("models")) {
            if (m.get("name").asString().equals("tiny")) {
                tiny = m;
            }
        }
        assertTrue(tiny != null);
        assertEquals("READY", tiny.get("status").asString());
        assertEquals("en-de", tiny.get("pair").asString());
        assertEquals("baseline", tiny.get("architecture").asString());
        assertEquals("onnx", tiny.get("engine").asString(), "a baseline is decoded by ONNX Runtime");
        assertTrue(tiny.get("parameters").asLong() > 1000);
    }

    @Test
    void limitsAnswer413NamingTheField() {
        Response tooLong = post("/api/v1/translate", translateBody("text", "word ".repeat(61), "model", "tiny"));
        assertProblem(tooLong, 413, "text");
        assertTrue(tooLong.body().get("detail").asString().contains("at most 300"), tooLong.raw().body());

        List<String> nine = new ArrayList<>(TinyModel.sentences(9));
        assertProblem(post("/api/v1/translate", translateBody("texts", nine, "model", "tiny")), 413, "texts");
        assertProblem(post("/api/v1/translate", translateBody("texts", List.of("fine", "x".repeat(301)), "model", "tiny")), 413, "texts[1]");
    }

    @Test
    void badInputAnswers4xxProblemsNamingTheField() {
        assertProblem(post("/api/v1/translate", translateBody("text", "   ", "model", "tiny")), 422, "text");
        assertProblem(post("/api/v1/translate", translateBody("texts", List.of("ok", ""), "model", "tiny")), 422, "texts[1]");
        assertProblem(post("/api/v1/translate", translateBody("texts", List.of(), "model", "tiny")), 422, "texts");
        assertProblem(post("/api/v1/translate", translateBody("model", "tiny")), 422, "text");
        assertProblem(post("/api/v1/translate", translateBody("text", "a", "texts", List.of("b"))), 422, "text");
        assertProblem(post("/api/v1/translate", translateBody("text", "a", "model", "tiny", "beam", 0)), 422, "beam");
        assertProblem(post("/api/v1/translate", translateBody("text", "a", "model", "tiny", "beam", 99)), 422, "beam");
        assertProblem(post("/api/v1/translate", translateBody("text", "a", "model", "tiny", "maxLength", 0)), 422, "maxLength");

        Response unknown = post("/api/v1/translate", translateBody("text", "a", "model", "no-such-model"));
        assertProblem(unknown, 404, "model");
        assertTrue(unknown.body().get("detail").asString().contains("no-such-model"), unknown.raw().body());

        // The JSON parsed but a field has the wrong type: invalid input (422) naming the field, like the checks above.
        assertProblem(post("/api/v1/translate", "{\"text\": \"a\", \"model\": \"tiny\", \"beam\": \"wide\"}"), 422, "beam");
        assertProblem(post("/api/v1/translate", "{\"text\": \"a\", \"model\": \"tiny\", \"beam\": 1e12}"), 422, "beam");
        assertProblem(post("/api/v1/translate", "{\"texts\": {\"a\": 1}, \"model\": \"tiny\"}"), 422, "texts");
        Response notAnObject = post("/api/v1/translate", "[\"a\"]");
        assertEquals(422, notAnObject.status(), notAnObject.raw().body());

        // Only a body that is not JSON at all, or none, is 400.
        for (String body : List.of("{\"text\": ", "not json", "", "  ")) {
            Response malformed = post("/api/v1/translate", body);
            assertEquals(400, malformed.status(), "'" + body + "': " + malformed.raw().body());
            assertTrue(malformed.raw().headers().firstValue("Content-Type").orElse("").contains("application/problem+json"));
        }
    }

    @Test
    void healthReadinessAndPrometheusAreExposed() {
        Response readiness = get("/actuator/health/readiness");
        assertEquals(200, readiness.status(), readiness.raw().body());
        assertEquals("UP", readiness.body().get("status").asString());
        post("/api/v1/translate", translateBody("text", "Open the file .", "model", "tiny"));
        String prometheus = get("/actuator/prometheus").raw().body();
        assertTrue(prometheus.contains("revnas_translate_latency_seconds_bucket{"), "latency histogram");
        assertTrue(prometheus.contains("revnas_translate_batch_sentences_bucket{"), "batch size distribution");
        assertTrue(prometheus.contains("revnas_translate_tokens_per_second_bucket{"), "tokens/s");
        assertTrue(prometheus.contains("revnas_translate_tokens_total{"), "token counter");
    }

    static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asString()));
        return out;
    }

    static void assertProblem(Response r, int status, String field) {
        assertEquals(status, r.status(), r.raw().body());
        assertTrue(r.raw().headers().firstValue("Content-Type").orElse("").contains("application/problem+json"), r.raw().headers().toString());
        assertEquals(status, r.body().get("status").asInt());
        assertEquals(field, r.body().path("field").asString(), r.raw().body());
    }
}
