package dev.regulars.server.messaging.web;

import dev.regulars.server.messaging.Unsubscribes;
import dev.regulars.server.platform.Html;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;

/**
 * {@code /u/{token}}: the unsubscribe link of every message. One click (GET) unsubscribes, and so does the POST a
 * mail client sends for List-Unsubscribe-Post (RFC 8058); both answer with a short page in the message's language.
 * An unknown token is a plain 404.
 */
@WebServlet("/u/*")
public class UnsubscribeServlet extends HttpServlet {

    @Inject
    private Unsubscribes unsubscribes;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        unsubscribe(request, response);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        unsubscribe(request, response);
    }

    private void unsubscribe(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo() == null ? "" : request.getPathInfo();
        Optional<String> language = unsubscribes.unsubscribe(path.startsWith("/") ? path.substring(1) : path);
        if (language.isEmpty()) {
            response.setStatus(404);
            response.setContentType("text/plain; charset=UTF-8");
            response.getWriter().write("Not found");
            return;
        }
        response.setContentType("text/html; charset=UTF-8");
        response.setHeader("Cache-Control", "no-store");
        String text = Html.escape(doneText(language.get()));
        response.getWriter().write("<!DOCTYPE html><html lang=\"" + Html.escape(language.get()) + "\"><head>"
                + "<meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + "<meta name=\"robots\" content=\"noindex\"><title>" + text + "</title></head>"
                + "<body style=\"font-family:system-ui,sans-serif;max-width:28rem;margin:2rem auto;padding:0 1rem\">"
                + "<p id=\"unsubscribed\">" + text + "</p></body></html>");
    }

    private static String doneText(String language) {
        return switch (language) {
            case "ru" -> "Вы отписались. Больше таких сообщений не будет.";
            case "nl" -> "Je bent afgemeld. Je krijgt deze berichten niet meer.";
            default -> "You are unsubscribed. You will not get these messages any more.";
        };
    }
}
