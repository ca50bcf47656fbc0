package dev.revnas.translate.system;

import dev.revnas.translate.libre.LibreTranslateSurface;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;

/**
 * The errors Spring MVC does not answer itself, in the shape of the surface they were meant for (a problem
 * detail, or LibreTranslate's {"error": "..."} on /translate and /languages): those Tomcat answers before
 * Spring sees the request (a request line, path or header it cannot parse: raw non-ASCII, an encoded '/',
 * '\' or NUL, invalid UTF-8, a header too large), in place of its HTML page, and those raised outside
 * Spring MVC, in place of Spring Boot's /error answer.
 */
@RestController
class ErrorPages implements ErrorController, WebServerFactoryCustomizer<TomcatServletWebServerFactory> {
    // Used by the Tomcat valve below, which Tomcat creates itself, outside Spring: it cannot be given Spring Boot's mapper.
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @RequestMapping("/error")
    ResponseEntity<Map<String, Object>> error(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        int status = code instanceof Integer i && i >= 400 ? i : 500;
        boolean libre = uri instanceof String u && LibreTranslateSurface.serves(u);
        return ResponseEntity.status(status).contentType(libre ? MediaType.APPLICATION_JSON : MediaType.APPLICATION_PROBLEM_JSON)
                .body(body(status, libre, status < 500 ? "the server refused the request" : "the request failed; the server log has the cause"));
    }

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        factory.addContextCustomizers(context -> ((StandardHost) context.getParent()).setErrorReportValveClass(JsonReportValve.class.getName()));
    }

    /** A problem detail (type, title, status, detail), or LibreTranslate's error. */
    static Map<String, Object> body(int status, boolean libre, String detail) {
        Map<String, Object> body = new LinkedHashMap<>();
        if (libre) {
            body.put("error", detail);
            return body;
        }
        HttpStatus known = HttpStatus.resolve(status);
        body.put("type", "about:blank");
        body.put("title", known == null ? "Error" : known.getReasonPhrase());
        body.put("status", status);
        body.put("detail", detail);
        return body;
    }

    /** The host's error report valve, writing JSON where Tomcat's writes HTML. */
    public static class JsonReportValve extends ErrorReportValve {
        @Override
        protected void report(Request request, Response response, Throwable throwable) {
            int status = response.getStatus();
            // As Tomcat's own: only errors, only once, and never over a body already written.
            if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
                return;
            }
            boolean libre = LibreTranslateSurface.serves(request.getRequestURI());
            String detail = status == 400 ? "the request line, path or a header cannot be parsed (characters that must be "
                    + "percent-encoded, an encoded '/', '\\' or NUL, invalid UTF-8, a header too large)"
                    : status < 500 ? "the server refused the request" : "the request failed";
            try {
                response.setContentType(libre ? "application/json" : "application/problem+json");
                response.setCharacterEncoding("UTF-8");
                PrintWriter writer = response.getReporter();
                if (writer != null) {
                    writer.write(JSON.writeValueAsString(body(status, libre, detail)));
                }
                response.finishResponse();
            } catch (IOException | IllegalStateException e) {
                // The connection is gone or the answer already committed: nothing left to tell the client.
            }
        }
    }
}
