package dev.regulars.server.customerpages.web;

import static dev.regulars.server.platform.Html.escape;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The frame of the customer's pages: phone-first, one column, big touch targets, the language switch; written out
 * with the headers every such page carries (no caching, no referrer: the path holds a secret).
 */
final class PageShell {

    private static final String STYLE = """
            body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:0;background:#f6f4ef;color:#1d1d1d;
            overflow-wrap:anywhere;word-break:break-word}
            main{max-width:28rem;margin:0 auto;padding:1rem 1.1rem 2rem}h1{font-size:1.45rem;margin:.4rem 0 .8rem}
            h2{font-size:1.1rem;margin:1.4rem 0 .5rem}section{background:#fff;border-radius:.8rem;padding:.9rem 1rem;
            margin:.8rem 0;box-shadow:0 1px 2px #0002}label{display:block;margin:.7rem 0 .25rem}
            input[type=tel],input[type=text],input[type=email],input[type=number],select{width:100%;box-sizing:border-box;
            font:inherit;font-size:1.05rem;padding:.7rem;border:1px solid #aaa;border-radius:.5rem;background:#fff}
            .row{display:flex;gap:.6rem}.row>*{flex:1}button,.button{display:block;width:100%;box-sizing:border-box;
            font:inherit;font-size:1.05rem;padding:.85rem;margin-top:1rem;border:0;border-radius:.5rem;background:#2f6f4f;
            color:#fff;text-align:center;text-decoration:none}button.quiet,.button.quiet{background:#e4e0d8;color:#222}
            button.danger{background:#a3262a}.check{display:flex;gap:.6rem;align-items:center;margin:.6rem 0}
            .check input{width:1.4rem;height:1.4rem}.check label{margin:0}.error{color:#b00020;margin:.3rem 0}
            .note{color:#555}.big{font-size:2.2rem;font-weight:700;margin:.2rem 0}.qr{display:block;margin:.5rem auto;
            width:14rem;height:14rem}ul{padding-left:1.1rem}li{margin:.25rem 0}.langs{margin-top:2rem;font-size:.9rem}
            .langs a{color:#444;margin-right:.9rem}.number{font-family:ui-monospace,monospace;letter-spacing:.08em;
            text-align:center}""";

    private PageShell() {
    }

    /**
     * @param self the page's own path (context root included), that the language links point at
     */
    static String page(PageTexts t, String title, String self, String body) {
        StringBuilder langs = new StringBuilder();
        for (String lang : PageTexts.LANGUAGES) {
            String name = switch (lang) {
                case "ru" -> "Русский";
                case "nl" -> "Nederlands";
                default -> "English";
            };
            langs.append("<a lang=\"").append(lang).append("\" id=\"lang-").append(lang).append("\" href=\"")
                    .append(escape(self)).append(self.contains("?") ? "&amp;" : "?").append("lang=").append(lang)
                    .append("\">").append(name).append("</a>");
        }
        return "<!DOCTYPE html>\n<html lang=\"" + t.language() + "\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + "<meta name=\"robots\" content=\"noindex\"><title>" + escape(title) + "</title><style>" + STYLE
                + "</style></head><body><main><h1>" + escape(title) + "</h1>\n" + body
                + "\n<nav class=\"langs\" id=\"languages\">" + langs + "</nav></main></body></html>";
    }

    /** A red line under a field, or nothing. */
    static String error(String id, String text) {
        return text == null ? "" : "<p class=\"error\" id=\"" + id + "\" role=\"alert\">" + escape(text) + "</p>";
    }

    static void write(HttpServletResponse response, int status, String html) throws IOException {
        response.setStatus(status);
        response.setContentType("text/html; charset=UTF-8");
        secure(response);
        response.getWriter().write(html);
    }

    static void redirect(HttpServletResponse response, String location) {
        response.setStatus(303);
        response.setHeader("Location", location);
        secure(response);
    }

    /**
     * The headers of every customer page and redirect: not cached, no referrer (the card's path is its secret), not
     * framed, no sniffing. The policy leaves scripts and styles alone: the pages have one inline style sheet and the
     * card page one inline script (the rotating QR and share button), which stricter directives would block. The
     * share button's beacon goes to the page's own server (connect-src).
     */
    static void secure(HttpServletResponse response) {
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("Referrer-Policy", "no-referrer");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Content-Security-Policy",
                "frame-ancestors 'none'; base-uri 'none'; object-src 'none'; form-action 'self'; connect-src 'self'");
    }

    /**
     * A cookie of the customer pages: HttpOnly, SameSite=Lax (sent on a tap from a message, not on another site's
     * post), Secure when the request came over https.
     *
     * @param maxAge seconds; 0 deletes it
     */
    static Cookie cookie(HttpServletRequest request, String name, String value, String path, int maxAge) {
        Cookie cookie = new Cookie(name, value);
        cookie.setPath(path);
        cookie.setMaxAge(maxAge);
        cookie.setHttpOnly(true);
        cookie.setSecure(request.isSecure());
        cookie.setAttribute("SameSite", "Lax");
        return cookie;
    }
}
