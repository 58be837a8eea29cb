package dev.regulars.server.customerpages.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;

/**
 * The customer pages' forms are a few hundred bytes: a POST body over {@link #MAX_BYTES} gets a 413 page in words (the
 * page's language from the cookie or the browser; the body is never read) instead of the container's 500 for a
 * post over its 2 MB limit (Grizzly's "Post too large"), which a chunked body without a length still reaches.
 */
@WebFilter(urlPatterns = {"/join/*", "/c/*"})
public class FormSizeLimit extends HttpFilter {

    /** Far above any form of these pages (a 254-character e-mail, a 60-character name), far below the 2 MB. */
    static final int MAX_BYTES = 16 * 1024;
    /** Up to this much of a refused body is read and dropped; beyond it the connection closes after the answer. */
    static final long DRAIN_BYTES = 8L * 1024 * 1024;
    private static final long serialVersionUID = 1L;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if ("POST".equals(request.getMethod()) && request.getContentLengthLong() > MAX_BYTES) {
            // read what was sent (never parsed), up to a limit, so the client gets the answer instead of a reset
            if (request.getContentLengthLong() > DRAIN_BYTES) {
                response.setHeader("Connection", "close");
            } else {
                request.getInputStream().transferTo(OutputStream.nullOutputStream());
            }
            tooLarge(request, response);
            return;
        }
        try {
            chain.doFilter(request, response);
        } catch (IllegalStateException e) {
            // a body without a length over the container's limit fails when the parameters are parsed
            if (response.isCommitted() || e.getMessage() == null || !e.getMessage().contains("GRIZZLY0205")) {
                throw e;
            }
            response.resetBuffer();
            tooLarge(request, response);
        }
    }

    private static void tooLarge(HttpServletRequest request, HttpServletResponse response) throws IOException {
        PageTexts t = PageTexts.ofHeaders(request);
        PageShell.write(response, 413, PageShell.page(t, t.get("tooLarge.title"), request.getRequestURI(),
                "<p id=\"too-large\">" + dev.regulars.server.platform.Html.escape(t.get("tooLarge")) + "</p>"));
    }
}
