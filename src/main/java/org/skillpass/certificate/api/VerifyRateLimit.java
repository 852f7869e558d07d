package org.skillpass.certificate.api;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.skillpass.shared.web.LocaleBean;
import org.skillpass.shared.web.Messages;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Public verification is rate-limited per client address ({@code skillpass.verify.rate-per-minute}):
 * a token bucket per address (Bucket4j), refilled gradually. Over the limit the client gets 429 and a
 * message in its language. Buckets are forgotten when the map grows large (a full bucket is the same
 * as none).
 */
@WebFilter(urlPatterns = {"/verify/*", "/api/verify/*"})
public class VerifyRateLimit extends HttpFilter {

    private static final int MAX_CLIENTS = 100_000;

    @Inject
    @ConfigProperty(name = "skillpass.verify.rate-per-minute", defaultValue = "60")
    int perMinute;

    private final ConcurrentHashMap<String, Bucket> buckets = new ConcurrentHashMap<>();

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (buckets.size() > MAX_CLIENTS) {
            buckets.clear();
        }
        Bucket bucket = buckets.computeIfAbsent(request.getRemoteAddr(), a -> Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(perMinute).refillGreedy(perMinute, Duration.ofMinutes(1)).build())
                .build());
        if (bucket.tryConsume(1)) {
            chain.doFilter(request, response);
            return;
        }
        // without Accept-Language the servlet container answers its own default locale: ours is zh-CN
        Locale locale = request.getHeader("Accept-Language") == null ? LocaleBean.DEFAULT : LocaleBean.supported(request.getLocale());
        String message = Messages.text(locale, "verify.tooMany");
        response.setStatus(429);
        response.setHeader("Retry-After", "60");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        if (request.getRequestURI().contains("/api/")) {
            response.setContentType("application/json");
            response.getWriter().write("{\"status\":429,\"code\":\"verify.tooMany\",\"message\":\""
                    + message.replace("\"", "'") + "\"}");
        } else {
            response.setContentType("text/plain");
            response.getWriter().write(message);
        }
    }
}
