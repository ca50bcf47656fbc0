package dev.revnas.translate.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.revnas.translate.ServiceTest;
import dev.revnas.translate.TinyModel;
import java.net.http.HttpRequest;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;

/** With API keys set: 3 translation requests a minute per key, 2 per address for callers without one, on both surfaces. */
@TestPropertySource(properties = {"revnas.translate.api-keys=key-a,key-b", "revnas.translate.rate-limit.per-key=3",
    "revnas.translate.rate-limit.per-address=2"})
@Import(ManualClock.Config.class)
class RateLimitTest extends ServiceTest {
    private final String sentence = TinyModel.sentences(1).get(0);

    @Autowired
    private ManualClock clock;

    @BeforeEach
    void everyBudgetIsFull() {
        awaitStatus("tiny", "READY");
        clock.advance(Duration.ofMinutes(5));
    }

    @Test
    void theRequestPastAKeysBudgetIs429WithRetryAfterAndOtherKeysAreServed() {
        for (int i = 0; i < 3; i++) {
            assertEquals(200, api("key-a").status());
        }
        Response refused = api("key-a");
        assertEquals(429, refused.status(), refused.raw().body());
        assertEquals("application/problem+json", refused.raw().headers().firstValue("Content-Type").orElse(""));
        assertEquals("20", refused.raw().headers().firstValue("Retry-After").orElse(""), "a minute's 3 requests: one every 20 s");
        assertEquals(429, refused.body().get("status").asInt());
        assertTrue(refused.body().get("detail").asString().contains("more than 3 translation requests a minute"), refused.raw().body());

        assertEquals(200, api("key-b").status(), "another key has its own budget");
        assertEquals(200, api(null).status(), "a caller without a key has its address's budget");
        assertEquals(429, libre("key-a").status(), "the key's budget is spent on both surfaces");

        clock.advance(Duration.ofSeconds(20));
        assertEquals(200, api("key-a").status(), "after Retry-After the key is served again");
        assertEquals(429, api("key-a").status());
        clock.advance(Duration.ofMinutes(1));
        for (int i = 0; i < 3; i++) {
            assertEquals(200, api("key-a").status(), "a minute later the whole budget is back");
        }
    }

    @Test
    void theLibreTranslateSurfaceAnswers429InItsOwnShape() {
        for (int i = 0; i < 3; i++) {
            assertEquals(200, libre("key-b").status());
        }
        Response refused = libre("key-b");
        assertEquals(429, refused.status(), refused.raw().body());
        assertEquals("20", refused.raw().headers().firstValue("Retry-After").orElse(""));
        assertEquals("Slowdown: 3 per 1 minute; retry in 20 s", refused.body().get("error").asString());
        assertEquals(200, libre("key-a").status(), "another key has its own budget");
        clock.advance(Duration.ofMinutes(1));
        assertEquals(200, libre("key-b").status(), "after the minute it is served again");
    }

    @Test
    void callersWithoutAKeyAreLimitedPerAddressAndAnUnknownKeyIsRefused() {
        assertEquals(200, api(null).status());
        assertEquals(200, api(null).status());
        Response refused = api(null);
        assertEquals(429, refused.status(), refused.raw().body());
        assertEquals("30", refused.raw().headers().firstValue("Retry-After").orElse(""), "a minute's 2 requests: one every 30 s");
        assertTrue(refused.body().get("detail").asString().contains("from address"), refused.raw().body());
        assertEquals(200, api("key-a").status(), "a key's budget is not the address's");

        Response unknown = api("key-c");
        assertEquals(403, unknown.status(), "a key the service does not accept is refused, not counted as the address");
        assertEquals("X-API-Key", unknown.body().get("field").asString());
        assertEquals(403, libre("key-c").status());
        assertEquals(403, libre(null).status(), "with keys set, the LibreTranslate surface requires one");
    }

    private Response api(String key) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri("/api/v1/translate")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"text\": \"" + sentence + "\", \"maxLength\": 5}"));
        if (key != null) {
            request.header("X-API-Key", key);
        }
        return send(request.build());
    }

    private Response libre(String key) {
        return post("/translate", key == null ? translateBody("q", sentence, "source", "en", "target", "de")
                : translateBody("q", sentence, "source", "en", "target", "de", "api_key", key));
    }
}
