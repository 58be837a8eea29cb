package dev.regulars.devstack;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The demo's SMS gateway on this machine: the server sends its SMS here (the join page's one-time codes, campaign
 * messages) in its default JSON body, and each is printed as one line instead of going to a phone, so the join page
 * can be tried in the demo. Answers 200 to every well-formed message, 400 otherwise.
 */
public final class DemoSmsCatcher implements AutoCloseable {

    private static final Pattern MESSAGE = Pattern.compile(
            "\"to\"\\s*:\\s*\"((?:[^\"\\\\]|\\\\.)*)\"\\s*,\\s*\"text\"\\s*:\\s*\"((?:[^\"\\\\]|\\\\.)*)\"");

    private final HttpServer server;

    private DemoSmsCatcher(HttpServer server) {
        this.server = server;
    }

    /**
     * Listens on 127.0.0.1 at a free port and prints every SMS to {@code out}.
     *
     * @throws IOException when no port can be opened
     */
    public static DemoSmsCatcher start(PrintStream out) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/send", exchange -> {
            Matcher m = MESSAGE.matcher(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            boolean ok = m.find();
            if (ok) {
                out.println("[demo SMS to " + unescape(m.group(1)) + "] " + unescape(m.group(2)).replace('\n', ' '));
            }
            exchange.sendResponseHeaders(ok ? 200 : 400, -1);
            exchange.close();
        });
        server.start();
        return new DemoSmsCatcher(server);
    }

    /** The URL the server's {@code regulars.sms.url} names. */
    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/send";
    }

    /** The inside of a JSON string as text (the escapes the server writes). */
    static String unescape(String json) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < json.length(); i++) {
            char c = json.charAt(i);
            if (c != '\\' || i + 1 == json.length()) {
                out.append(c);
                continue;
            }
            char next = json.charAt(++i);
            switch (next) {
                case 'n' -> out.append('\n');
                case 'r' -> out.append('\r');
                case 't' -> out.append('\t');
                case 'u' -> {
                    out.append((char) Integer.parseInt(json.substring(i + 1, Math.min(i + 5, json.length())), 16));
                    i += 4;
                }
                default -> out.append(next);
            }
        }
        return out.toString();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
