package dev.revnas.translate.access;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.revnas.translate.ServiceTest;
import dev.revnas.translate.TinyModel;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;

/** Without API keys, the LibreTranslate surface is limited per client address (as LibreTranslate's --req-limit). */
@TestPropertySource(properties = {"revnas.translate.rate-limit.per-address=2"})
@Import(ManualClock.Config.class)
class AddressRateLimitTest extends ServiceTest {

    @Autowired
    private ManualClock clock;

    @Test
    void theRequestPastTheAddresssBudgetIs429UntilTheMinuteHasPassed() {
        awaitStatus("tiny", "READY");
        var body = translateBody("q", TinyModel.sentences(1).get(0), "source", "en", "target", "de", "api_key", "ignored without keys");
        assertEquals(200, post("/translate", body).status());
        assertEquals(200, post("/translate", body).status());
        Response refused = post("/translate", body);
        assertEquals(429, refused.status(), refused.raw().body());
        assertEquals("30", refused.raw().headers().firstValue("Retry-After").orElse(""));
        assertEquals("Slowdown: 2 per 1 minute; retry in 30 s", refused.body().get("error").asString());
        assertEquals(200, get("/languages").status(), "only translations are limited");
        clock.advance(Duration.ofMinutes(1));
        assertEquals(200, post("/translate", body).status());
    }
}
