package dev.regulars.server.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * SMS through a configurable HTTP gateway: one POST per message with the body from the settings' template ({to},
 * {text}, {id}: our message id, which the gateway's delivery report names back), with the unsubscribe line unless the
 * message is transactional (no unsubscribe link). 2xx: taken; 429 and 5xx: tried
 * again later; any other 4xx: refused for good.
 */
@ApplicationScoped
public class SmsGatewaySender implements MessageSender {

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Inject
    private MessagingSettings settings;

    @Override
    public Channel channel() {
        return Channel.SMS;
    }

    @Override
    public List<Sent> send(List<Prepared> messages) {
        List<Sent> results = new ArrayList<>(messages.size());
        for (Prepared m : messages) {
            results.add(sendOne(m));
        }
        return results;
    }

    private Sent sendOne(Prepared m) {
        if (settings.smsUrl().isEmpty()) {
            return Sent.failed(m.id(), new SendFailure("no SMS gateway is set up (regulars.sms.url)", true, null));
        }
        String text = m.unsubscribeUrl() == null ? m.body()
                : m.body() + " " + UnsubscribeTexts.footer(m.language(), m.unsubscribeUrl());
        String body = settings.smsBody().replace("{to}", json(m.recipient())).replace("{text}", json(text))
                .replace("{id}", String.valueOf(m.id()));
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(settings.smsUrl().get()))
                .timeout(Duration.ofSeconds(10)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        settings.smsAuthorization().ifPresent(auth -> request.header("Authorization", auth));
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            int status = response.statusCode();
            if (status / 100 == 2) {
                return Sent.ok(m.id(), String.valueOf(m.id()));
            }
            boolean temporary = status == 429 || status >= 500;
            return Sent.failed(m.id(), new SendFailure("the SMS gateway answered " + status + ": "
                    + cut(response.body()), !temporary, null));
        } catch (IOException e) {
            return Sent.failed(m.id(), new SendFailure("the SMS gateway did not answer: " + e.getMessage(), false, e));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Sent.failed(m.id(), new SendFailure("interrupted", false, e));
        }
    }

    /** The text as the inside of a JSON string. */
    static String json(String text) {
        StringBuilder out = new StringBuilder();
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }

    private static String cut(String text) {
        return text == null ? "" : text.length() > 200 ? text.substring(0, 200) : text;
    }
}
