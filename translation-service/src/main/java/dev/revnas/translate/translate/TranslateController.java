package dev.revnas.translate.translate;

import dev.revnas.translate.model.ModelRegistry;
import java.util.List;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The service's own API: translate, and list the models with their load status. */
@RestController
@RequestMapping("/api/v1")
public class TranslateController {
    private final Translations translations;
    private final ModelRegistry registry;

    public TranslateController(Translations translations, ModelRegistry registry) {
        this.translations = translations;
        this.registry = registry;
    }

    @PostMapping("/translate")
    public Translation translate(@RequestBody TranslateRequest request) {
        return translations.translate(request.model(), request.all(), request.beam(), request.maxLength(), "api");
    }

    @GetMapping("/models")
    public Map<String, List<ModelView>> models() {
        return Map.of("models", registry.slots().stream().map(ModelView::of).toList());
    }
}
