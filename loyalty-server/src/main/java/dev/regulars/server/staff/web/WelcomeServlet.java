package dev.regulars.server.staff.web;

import dev.regulars.server.platform.Html;
import dev.regulars.server.platform.Problem;
import dev.regulars.server.platform.web.AdminLocales;
import dev.regulars.server.platform.web.AdminTexts;
import dev.regulars.server.staff.StaffAccounts;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;

/**
 * {@code /staff/welcome?token=...}: the link of a staff invitation. Shows a form to choose a password (no
 * JavaScript); the password is set once and the person goes on to the admin's login. A link that is unknown, used
 * or expired gets 410 with what to do. In the admin's language for this browser (AdminLocales).
 */
@WebServlet("/staff/welcome")
public class WelcomeServlet extends HttpServlet {

    @Inject
    private StaffAccounts accounts;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String token = request.getParameter("token");
        Locale locale = AdminLocales.of(request);
        try {
            page(response, locale, 200, accounts.invitedName(token), token, null);
        } catch (IllegalArgumentException e) {
            page(response, locale, 410, null, null, AdminTexts.of(e, locale));
        }
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        request.setCharacterEncoding("UTF-8");
        String token = request.getParameter("token");
        String password = request.getParameter("password");
        Locale locale = AdminLocales.of(request);
        String name;
        try {
            name = accounts.invitedName(token);
        } catch (IllegalArgumentException e) {
            page(response, locale, 410, null, null, AdminTexts.of(e, locale));
            return;
        }
        if (password == null || !password.equals(request.getParameter("repeat"))) {
            page(response, locale, 400, name, token, Problem.text(locale, "welcome.differ"));
            return;
        }
        try {
            accounts.acceptInvitation(token, password);
        } catch (IllegalArgumentException e) {
            page(response, locale, 400, name, token, AdminTexts.of(e, locale));
            return;
        }
        response.sendRedirect(request.getContextPath() + "/admin/login.xhtml?welcome=true");
    }

    private static void page(HttpServletResponse response, Locale locale, int status, String name, String token,
                             String error) throws IOException {
        response.setStatus(status);
        response.setContentType("text/html; charset=UTF-8");
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("Referrer-Policy", "no-referrer"); // the token is in the address
        StringBuilder html = new StringBuilder("<!DOCTYPE html><html lang=\"" + locale.getLanguage() + "\"><head>"
                + "<meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + "<meta name=\"robots\" content=\"noindex\"><title>" + Html.escape(Problem.text(locale,
                "welcome.title")) + "</title></head>"
                + "<body style=\"font-family:system-ui,sans-serif;max-width:28rem;margin:2rem auto;padding:0 1rem\">");
        if (error != null) {
            html.append("<p id=\"error\" style=\"color:#b00020\">").append(Html.escape(error)).append("</p>");
        }
        if (name != null) {
            html.append("<h1>").append(Html.escape(Problem.text(locale, "welcome.heading", name))).append("</h1>")
                    .append("<form method=\"post\" action=\"welcome\">")
                    .append("<input type=\"hidden\" name=\"token\" value=\"").append(Html.escape(token)).append("\">")
                    .append("<p><label>").append(Html.escape(Problem.text(locale, "welcome.password")))
                    .append("<br><input id=\"password\" name=\"password\" type=\"password\""
                            + " autocomplete=\"new-password\" minlength=\"10\" required></label></p>")
                    .append("<p><label>").append(Html.escape(Problem.text(locale, "welcome.repeat")))
                    .append("<br><input id=\"repeat\" name=\"repeat\" type=\"password\""
                            + " autocomplete=\"new-password\" required></label></p>")
                    .append("<p><button id=\"set-password\" type=\"submit\">")
                    .append(Html.escape(Problem.text(locale, "welcome.submit"))).append("</button></p></form>");
        }
        response.getWriter().write(html.append("</body></html>").toString());
    }
}
