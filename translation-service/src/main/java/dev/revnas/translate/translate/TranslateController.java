package dev.revnas.translate.translate;

import dev.revnas.translate.access.ApiKeys;
import dev.revnas.translate.access.RateLimits;
import dev.revnas.translate.model.ModelRegistry;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The service's own API: translate, and list the models with their load status. */
@RestController
@RequestMapping(path = "/api/v1", produces = MediaType.APPLICATION_JSON_VALUE)
public class TranslateController {
    private final Translations translations;
    private final ModelRegistry registry;
    private final ApiKeys keys;
    private final RateLimits rateLimits;

    public TranslateController(Translations translations, ModelRegistry registry, ApiKeys keys, RateLimits rateLimits) {
        this.translations = translations;
        this.registry = registry;
        this.keys = keys;
        this.rateLimits = rateLimits;
    }

    /** Open to every caller; one with a key the service accepts (X-API-Key) is limited per key, others per address. */
    @PostMapping(path = "/translate", consumes = MediaType.APPLICATION_JSON_VALUE)
    public Translation translate(@RequestBody TranslateRequest request, @RequestHeader(name = "X-API-Key", required = false) String key,
            HttpServletRequest http) {
        if (key != null && keys.configured() && !keys.accepts(key)) {
            throw new BadRequestException(HttpStatus.FORBIDDEN, "X-API-Key", "the X-API-Key is not one this service accepts; "
                    + "send a key it was given (revnas.translate.api-keys) or none");
        }
        rateLimits.admit(keys.configured() ? key : null, http.getRemoteAddr());
        return translations.translate(request.model(), request.all(), request.beam(), request.maxLength(), "api");
    }

    @GetMapping("/models")
    public Map<String, List<ServedModelView>> models() {
        return Map.of("models", registry.slots().stream().map(ServedModelView::of).toList());
    }
}
