package dev.revnas.api.system;

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
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Errors Tomcat answers itself, before Spring sees the request (a request line, path or header it
 * cannot parse: raw non-ASCII or braces, an encoded '/', '\' or NUL, invalid UTF-8): RFC 9457
 * problems like every other error, not Tomcat's HTML page.
 */
@Component
class TomcatErrors implements WebServerFactoryCustomizer<TomcatServletWebServerFactory> {

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        factory.addContextCustomizers(context -> ((StandardHost) context.getParent()).setErrorReportValveClass(ProblemReportValve.class.getName()));
    }

    /** The host's error report valve, writing a problem detail where Tomcat's writes HTML. */
    public static class ProblemReportValve extends ErrorReportValve {
        // Tomcat creates its valves itself, outside Spring: the valve cannot be given Spring Boot's mapper.
        private static final JsonMapper JSON = JsonMapper.builder().build();

        @Override
        protected void report(Request request, Response response, Throwable throwable) {
            int status = response.getStatus();
            // As Tomcat's own: only errors, only once, and never over a body already written.
            if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
                return;
            }
            HttpStatus known = HttpStatus.resolve(status);
            Map<String, Object> problem = new LinkedHashMap<>();
            problem.put("type", "about:blank");
            problem.put("title", known == null ? "Error" : known.getReasonPhrase());
            problem.put("status", status);
            problem.put("detail", status == 400
                    ? "the request line, path or a header cannot be parsed (characters that must be percent-encoded, an encoded "
                            + "'/', '\\' or NUL, invalid UTF-8, a header too large)"
                    : status < 500 ? "the server refused the request as " + problem.get("title") : "the request failed");
            try {
                response.setContentType("application/problem+json");
                response.setCharacterEncoding("UTF-8");
                PrintWriter writer = response.getReporter();
                if (writer != null) {
                    writer.write(JSON.writeValueAsString(problem));
                }
                response.finishResponse();
            } catch (IOException | IllegalStateException e) {
                // The connection is gone or the answer already committed: nothing left to tell the client.
            }
        }
    }
}
