package dev.revnas.api.idempotency;

import dev.revnas.api.auth.ApiKey;
import dev.revnas.api.auth.ApiKeyFilter;
import dev.revnas.api.system.ApiProblem;
import dev.revnas.io.Sha256;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.StandardMultipartHttpServletRequest;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Idempotency-Key on POSTs: the first successful answer is stored per API key and replayed
 * (status, Location, body) for the same request; the same key with a different request is a 422.
 * The key is claimed before the request runs, so a concurrent duplicate gets 409, not a second job.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 20)
public class IdempotencyFilter extends OncePerRequestFilter {
    public static final String HEADER = "Idempotency-Key";

    private final IdempotencyRecords records;
    private final HandlerExceptionResolver problems;

    public IdempotencyFilter(IdempotencyRecords records, @Qualifier("handlerExceptionResolver") HandlerExceptionResolver problems) {
        this.records = records;
        this.problems = problems;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod()) || request.getHeader(HEADER) == null
                || !request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        ApiKey caller = ApiKeyFilter.caller(request);
        String key = request.getHeader(HEADER).trim();
        if (caller == null) {
            chain.doFilter(request, response);
            return;
        }
        HttpServletRequest body;
        String hash;
        try {
            if (key.isEmpty() || key.length() > 200) {
                throw ApiProblem.invalid(HEADER, HEADER + " must be 1 to 200 characters");
            }
            body = isMultipart(request) ? request : new CachedBodyRequest(request);
            hash = hash(request, body);
        } catch (ApiProblem | MultipartException e) {
            problems.resolveException(request, response, null, e);
            return;
        }
        Optional<IdempotencyRecords.Stored> earlier = records.claim(caller.id(), key, hash);
        if (earlier.isPresent()) {
            replay(request, response, earlier.get(), hash, key);
            return;
        }
        ContentCachingResponseWrapper captured = new ContentCachingResponseWrapper(response);
        boolean stored = false;
        try {
            chain.doFilter(body, captured);
            if (captured.getStatus() >= 200 && captured.getStatus() < 300) {
                records.complete(caller.id(), key, captured.getStatus(), captured.getHeader(HttpHeaders.LOCATION),
                        new String(captured.getContentAsByteArray(), StandardCharsets.UTF_8));
                stored = true;
            }
        } finally {
            if (!stored) {
                records.release(caller.id(), key); // a failed request may be retried with the same key
            }
            captured.copyBodyToResponse();
        }
    }

    private void replay(HttpServletRequest request, HttpServletResponse response, IdempotencyRecords.Stored earlier, String hash,
            String key) throws IOException {
        if (!earlier.requestHash().equals(hash)) {
            problems.resolveException(request, response, null, new ApiProblem(HttpStatus.UNPROCESSABLE_CONTENT,
                    "Idempotency-Key reused", HEADER + " '" + key + "' was used for a different request", HEADER));
        } else if (earlier.status() == 0) {
            problems.resolveException(request, response, null,
                    ApiProblem.conflict("the request with " + HEADER + " '" + key + "' is still being processed"));
        } else {
            response.setStatus(earlier.status());
            if (earlier.location() != null) {
                response.setHeader(HttpHeaders.LOCATION, earlier.location());
            }
            response.setHeader("Idempotent-Replayed", "true");
            response.setContentType(MediaType.APPLICATION_JSON_VALUE);
            response.getOutputStream().write(earlier.body().getBytes(StandardCharsets.UTF_8));
        }
    }

    private static boolean isMultipart(HttpServletRequest request) {
        return request.getContentType() != null && request.getContentType().toLowerCase().startsWith("multipart/");
    }

    /** Method, path and body; for multipart, each part's name, file name and content. */
    private static String hash(HttpServletRequest request, HttpServletRequest body) throws IOException, ServletException {
        MessageDigest md = Sha256.digest();
        md.update((request.getMethod() + " " + request.getRequestURI() + "?" + request.getQueryString() + "\n")
                .getBytes(StandardCharsets.UTF_8));
        if (body instanceof CachedBodyRequest cached) {
            md.update(cached.body());
            return HexFormat.of().formatHex(md.digest());
        }
        new StandardMultipartHttpServletRequest(request); // parses the parts: over the limits is a 413, unparsable a 400
        for (Part part : request.getParts()) {
            md.update((part.getName() + "\n" + part.getSubmittedFileName() + "\n").getBytes(StandardCharsets.UTF_8));
            try (InputStream in = part.getInputStream()) {
                byte[] buf = new byte[1 << 16];
                for (int n; (n = in.read(buf)) > 0; ) {
                    md.update(buf, 0, n);
                }
            }
        }
        return HexFormat.of().formatHex(md.digest());
    }
}
