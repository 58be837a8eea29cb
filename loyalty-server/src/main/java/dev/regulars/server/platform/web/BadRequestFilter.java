package dev.regulars.server.platform.web;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Set;

/**
 * A method no page or service of ours takes (PATCH, PUT, TRACE, ...), answered here in words before any servlet
 * sees it (else Payara answers 501 or 405 with its own HTML page): 405 with an Allow header, a short HTML page for
 * pages, plain text for the PassKit service; the JSON API (/api) answers its own (WebErrorMapper) and is let
 * through. Nothing is logged: it is the client's mistake. (An address with a broken %-escape never gets here:
 * Payara's connector fails to decode it before any filter.)
 */
@WebFilter(urlPatterns = "/*")
public class BadRequestFilter implements Filter {

    /** What every page takes; the PassKit service also takes DELETE (unregistering a device). */
    private static final Set<String> PAGE_METHODS = Set.of("GET", "HEAD", "POST", "OPTIONS");
    private static final Set<String> PASSKIT_METHODS = Set.of("GET", "HEAD", "POST", "DELETE", "OPTIONS");

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        HttpServletResponse response = (HttpServletResponse) res;
        String uri = request.getRequestURI();
        String path = uri.substring(Math.min(uri.length(), request.getContextPath().length()));
        if (path.startsWith("/api/")) {
            chain.doFilter(req, res);
            return;
        }
        boolean passkit = path.startsWith("/passkit/") || path.equals("/passkit");
        Set<String> allowed = passkit ? PASSKIT_METHODS : PAGE_METHODS;
        if (!allowed.contains(request.getMethod())) {
            response.setHeader("Allow", String.join(", ", allowed.stream().sorted().toList()));
            answer(response, 405, passkit, "Method not allowed", "This address does not take "
                    + printable(request.getMethod()) + " requests.");
            return;
        }
        chain.doFilter(req, res);
    }

    private static String printable(String method) {
        String cut = method.length() > 20 ? method.substring(0, 20) : method;
        return cut.replaceAll("[^A-Za-z_-]", "?");
    }

    private static void answer(HttpServletResponse response, int status, boolean text, String title, String message)
            throws IOException {
        byte[] body = (text ? message + "\n" : "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width\"><title>" + title + "</title></head><body>"
                + "<h1>" + title + "</h1><p>" + message + "</p></body></html>\n").getBytes(StandardCharsets.UTF_8);
        response.setStatus(status);
        response.setContentType(text ? "text/plain; charset=UTF-8" : "text/html; charset=UTF-8");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }
}
