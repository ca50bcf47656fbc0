package dev.revnas.translate.libre;

import dev.revnas.translate.access.ApiKeys;
import dev.revnas.translate.access.RateLimits;
import dev.revnas.translate.model.ModelLease;
import dev.revnas.translate.model.ModelRegistry;
import dev.revnas.translate.model.ServedModel;
import dev.revnas.translate.translate.Translation;
import dev.revnas.translate.translate.Translations;
import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * LibreTranslate's API (POST /translate, GET /languages), so its existing clients work unchanged:
 * the language pair picks the model; "auto" as source works when one model translates into the target.
 */
@RestController
public class LibreTranslateController {
    private final ModelRegistry registry;
    private final Translations translations;
    private final ApiKeys keys;
    private final RateLimits rateLimits;

    public LibreTranslateController(ModelRegistry registry, Translations translations, ApiKeys keys, RateLimits rateLimits) {
        this.registry = registry;
        this.translations = translations;
        this.keys = keys;
        this.rateLimits = rateLimits;
    }

    @PostMapping(path = "/translate", consumes = MediaType.APPLICATION_JSON_VALUE)
    public Map<String, Object> translateJson(@RequestBody Map<String, Object> body, HttpServletRequest http) {
        Object key = body.containsKey("api_key") ? body.get("api_key") : body.get("apiKey");
        return translate(body.get("q"), text(body, "source"), text(body, "target"), text(body, "format"), key == null ? null : key.toString(),
                http.getRemoteAddr());
    }

    @PostMapping(path = "/translate", consumes = {MediaType.APPLICATION_FORM_URLENCODED_VALUE, MediaType.MULTIPART_FORM_DATA_VALUE})
    public Map<String, Object> translateForm(@RequestParam MultiValueMap<String, String> form, HttpServletRequest http) {
        List<String> q = form.get("q");
        return translate(q == null ? null : q.size() == 1 ? q.get(0) : q, form.getFirst("source"), form.getFirst("target"),
                form.getFirst("format"), form.getFirst("api_key"), http.getRemoteAddr());
    }

    @GetMapping("/languages")
    public List<Language> languages() {
        Map<String, TreeSet<String>> targets = new TreeMap<>();
        for (ServedModel m : registry.serving()) {
            targets.computeIfAbsent(m.source(), c -> new TreeSet<>()).add(m.target());
            targets.computeIfAbsent(m.target(), c -> new TreeSet<>());
        }
        List<Language> out = new ArrayList<>();
        targets.forEach((code, to) -> out.add(new Language(code, Locale.forLanguageTag(code).getDisplayLanguage(Locale.ENGLISH),
                List.copyOf(to))));
        return out;
    }

    /** With keys set, a key is required and limited per key; without, the caller is limited per address. */
    private Map<String, Object> translate(Object q, String source, String target, String format, String apiKey, String address) {
        if (keys.configured() && !keys.accepts(apiKey)) {
            throw new LibreTranslateException(HttpStatus.FORBIDDEN, "Invalid API key");
        }
        rateLimits.admit(keys.configured() ? apiKey : null, address);
        List<String> texts = texts(q);
        require(source, "source");
        require(target, "target");
        if (format != null && !format.equals("text")) {
            throw new LibreTranslateException(HttpStatus.BAD_REQUEST, "Invalid request: format " + format + " is not supported (only text)");
        }
        translations.check(texts, null, null);
        String from = source.equals("auto") ? detectSource(target) : source;
        ServedModel model = registry.newestServing(m -> m.source().equals(from) && m.target().equals(target))
                .orElseThrow(() -> new LibreTranslateException(HttpStatus.BAD_REQUEST,
                        "Language pair " + from + "-" + target + " is not supported; supported pairs: " + pairs()));
        Translation t;
        try (ModelLease lease = registry.lease(model.entry().name())) {
            t = translations.translate(lease.model(), texts, null, null, "libre");
        }
        Map<String, Object> answer = new LinkedHashMap<>();
        boolean many = q instanceof List<?>;
        answer.put("translatedText", many ? t.translations() : t.translations().get(0));
        if (source.equals("auto")) {
            Map<String, Object> detected = Map.of("confidence", 100.0, "language", from);
            answer.put("detectedLanguage", many ? texts.stream().map(x -> detected).toList() : detected);
        }
        return answer;
    }

    /** "auto": the one source language served into this target (we do not guess between several). */
    private String detectSource(String target) {
        List<String> sources = registry.serving().stream().filter(m -> m.target().equals(target)).map(ServedModel::source)
                .distinct().sorted().toList();
        if (sources.size() != 1) {
            throw new LibreTranslateException(HttpStatus.BAD_REQUEST, sources.isEmpty()
                    ? "Language pair auto-" + target + " is not supported; supported pairs: " + pairs()
                    : "source auto is ambiguous for target " + target + "; give one of " + sources);
        }
        return sources.get(0);
    }

    private String pairs() {
        return registry.serving().stream().map(m -> m.source() + "-" + m.target()).distinct().sorted().toList().toString();
    }

    private static List<String> texts(Object q) {
        if (q == null) {
            throw new LibreTranslateException(HttpStatus.BAD_REQUEST, "Invalid request: missing q parameter");
        }
        if (q instanceof String s) {
            return List.of(s);
        }
        if (q instanceof List<?> list && !list.isEmpty() && list.stream().allMatch(x -> x instanceof String)) {
            return list.stream().map(String.class::cast).toList();
        }
        throw new LibreTranslateException(HttpStatus.BAD_REQUEST, "Invalid request: q must be a string or a list of strings");
    }

    private static String text(Map<String, Object> body, String field) {
        Object v = body.get(field);
        if (v != null && !(v instanceof String)) {
            throw new LibreTranslateException(HttpStatus.BAD_REQUEST, "Invalid request: " + field + " must be a string");
        }
        return (String) v;
    }

    private static void require(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new LibreTranslateException(HttpStatus.BAD_REQUEST, "Invalid request: missing " + field + " parameter");
        }
    }
}
