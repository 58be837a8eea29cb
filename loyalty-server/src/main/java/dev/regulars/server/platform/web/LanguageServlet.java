package dev.regulars.server.platform.web;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The language switch of the admin's bar: {@code /admin-language?to=ru&back=/admin/store.xhtml} keeps the choice
 * in a cookie for a year and goes back to the page. Only pages of the admin are gone back to (never another site);
 * an unknown language is a 400 that says which ones there are.
 */
@WebServlet("/admin-language")
public class LanguageServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String to = request.getParameter("to");
        if (to == null || !AdminLocales.LANGUAGES.contains(to)) {
            // a plain text of our own: the container's error page would escape it twice
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            response.setContentType("text/plain;charset=UTF-8");
            response.getWriter().write("The admin is written in " + String.join(" and ", AdminLocales.LANGUAGES)
                    + "; ask for one of them.");
            return;
        }
        Cookie cookie = new Cookie(AdminLocales.COOKIE, to);
        cookie.setPath(request.getContextPath().isEmpty() ? "/" : request.getContextPath());
        cookie.setMaxAge(365 * 24 * 3600);
        cookie.setHttpOnly(true);
        response.addCookie(cookie);
        String back = request.getParameter("back");
        String admin = request.getContextPath() + "/admin/";
        boolean ours = back != null && back.startsWith(admin) && !back.contains("//") && !back.contains("\\")
                && back.chars().noneMatch(c -> c < 0x21);
        response.sendRedirect(ours ? back : admin + "index.xhtml");
    }
}
