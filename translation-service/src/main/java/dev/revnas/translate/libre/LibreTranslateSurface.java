package dev.revnas.translate.libre;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.accept.ContentNegotiationStrategy;
import org.springframework.web.accept.HeaderContentNegotiationStrategy;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.config.annotation.ContentNegotiationConfigurer;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The paths of the LibreTranslate surface. What is answered there is JSON in LibreTranslate's shape, errors
 * too ({"error": "..."}, whichever part of the service refuses the request), and Accept is not read, as
 * LibreTranslate does not read it: its clients get JSON whatever they send.
 */
@Configuration
public class LibreTranslateSurface implements WebMvcConfigurer {
    private static final Set<String> PATHS = Set.of("/translate", "/languages");

    /** Whether the request is for the LibreTranslate surface (the path as mapped: decoded, without ;parameters). */
    public static boolean serves(HttpServletRequest request) {
        return PATHS.contains(request.getServletPath());
    }

    /** The same for a path as sent (where nothing mapped it yet), without its ;parameters. */
    public static boolean serves(String path) {
        return path != null && PATHS.contains(path.replaceFirst(";.*", ""));
    }

    public static boolean serves(WebRequest request) {
        return request instanceof NativeWebRequest n && n.getNativeRequest() instanceof HttpServletRequest r && serves(r);
    }

    /** An error as LibreTranslate answers it: the status and {"error": message}, JSON. */
    public static ResponseEntity<Object> error(HttpStatusCode status, HttpHeaders headers, String message) {
        HttpHeaders h = new HttpHeaders();
        h.putAll(headers);
        h.setContentType(MediaType.APPLICATION_JSON);
        return ResponseEntity.status(status).headers(h).body(Map.of("error", message == null ? "Invalid request" : message));
    }

    @Override
    public void configureContentNegotiation(ContentNegotiationConfigurer configurer) {
        ContentNegotiationStrategy header = new HeaderContentNegotiationStrategy();
        configurer.strategies(List.of(request -> serves(request) ? ContentNegotiationStrategy.MEDIA_TYPE_ALL_LIST : header.resolveMediaTypes(request)));
    }
}
