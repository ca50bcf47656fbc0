package dev.revnas.translate.libre;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.revnas.translate.ServiceTest;
import dev.revnas.translate.TinyModel;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class LibreTranslateTest extends ServiceTest {
    private final String sentence = TinyModel.sentences(2).get(1);

    @BeforeEach
    void tinyIsServing() {
        awaitStatus("tiny", "READY");
    }

    @Test
    void translatesJsonWithQAsAString() {
        Response r = post("/translate", translateBody("q", sentence, "source", "en", "target", "de", "format", "text", "api_key", ""));
        assertEquals(200, r.status(), r.raw().body());
        assertEquals(TinyModel.translateAlone(sentence), r.body().get("translatedText").asString());
    }

    @Test
    void translatesJsonWithQAsAnArray() {
        List<String> two = TinyModel.sentences(2);
        Response r = post("/translate", translateBody("q", two, "source", "en", "target", "de"));
        assertEquals(200, r.status(), r.raw().body());
        JsonNode out = r.body().get("translatedText");
        assertTrue(out.isArray());
        assertEquals(TinyModel.translateAlone(two.get(0)), out.get(0).asString());
        assertEquals(TinyModel.translateAlone(two.get(1)), out.get(1).asString());
    }

    @Test
    void translatesAFormPost() {
        String form = "q=" + URLEncoder.encode(sentence, StandardCharsets.UTF_8) + "&source=en&target=de&api_key=";
        Response r = send(HttpRequest.newBuilder(uri("/translate")).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build());
        assertEquals(200, r.status(), r.raw().body());
        assertEquals(TinyModel.translateAlone(sentence), r.body().get("translatedText").asString());
    }

    @Test
    void autoSourceIsTheOneLanguageServedIntoTheTarget() {
        Response r = post("/translate", translateBody("q", sentence, "source", "auto", "target", "de"));
        assertEquals(200, r.status(), r.raw().body());
        assertEquals("en", r.body().get("detectedLanguage").get("language").asString());
    }

    @Test
    void listsLanguagesFromTheLoadedModelsPairs() {
        JsonNode languages = get("/languages").body();
        JsonNode en = null;
        JsonNode de = null;
        for (JsonNode l : languages) {
            if (l.get("code").asString().equals("en")) {
                en = l;
            } else if (l.get("code").asString().equals("de")) {
                de = l;
            }
        }
        assertEquals("English", en.get("name").asString());
        assertEquals("de", en.get("targets").get(0).asString());
        assertEquals("German", de.get("name").asString());
        assertEquals(0, de.get("targets").size());
    }

    @Test
    void errorsAreAnsweredAsLibreTranslateDoes() {
        Response pair = post("/translate", translateBody("q", sentence, "source", "de", "target", "en"));
        assertEquals(400, pair.status());
        assertTrue(pair.body().get("error").asString().contains("de-en is not supported"), pair.raw().body());

        Response noQ = post("/translate", translateBody("source", "en", "target", "de"));
        assertEquals(400, noQ.status());
        assertEquals("Invalid request: missing q parameter", noQ.body().get("error").asString());

        Response noTarget = post("/translate", translateBody("q", sentence, "source", "en"));
        assertEquals(400, noTarget.status());
        assertEquals("Invalid request: missing target parameter", noTarget.body().get("error").asString());

        Response tooLong = post("/translate", translateBody("q", "x".repeat(301), "source", "en", "target", "de"));
        assertEquals(400, tooLong.status());
        assertTrue(tooLong.body().get("error").asString().contains("at most 300"), tooLong.raw().body());

        Response html = post("/translate", translateBody("q", sentence, "source", "en", "target", "de", "format", "html"));
        assertEquals(400, html.status());
        assertFalse(html.body().get("error").asString().isBlank());

        Response malformed = post("/translate", "{\"q\": ");
        assertEquals(400, malformed.status());
        assertTrue(malformed.body().has("error"), malformed.raw().body());
    }
}
