package dev.regulars.wallet.apple.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The JSON bodies Wallet posts to the PassKit web service (Apple, "Register a Pass for Update Notifications",
 * object PushToken; "Log a Message", object LogEntries).
 */
public final class PassKitBodies {

    private static final ObjectMapper JSON = new ObjectMapper();

    private PassKitBodies() {
    }

    /**
     * The push token of a registration body {@code {"pushToken": "<hex>"}}.
     *
     * @throws IllegalArgumentException when the body is not that (answer 400)
     */
    public static String pushToken(byte[] body) {
        JsonNode token = read(body).get("pushToken");
        if (token == null || !token.isTextual() || !token.asText().matches("[0-9a-fA-F]{16,200}")) {
            throw new IllegalArgumentException("a registration body is {\"pushToken\": \"<hex>\"}");
        }
        return token.asText();
    }

    /**
     * The messages of a log body {@code {"logs": ["...", ...]}}.
     *
     * @throws IllegalArgumentException when the body is not that (answer 400)
     */
    public static List<String> logs(byte[] body) {
        JsonNode logs = read(body).get("logs");
        if (logs == null || !logs.isArray()) {
            throw new IllegalArgumentException("a log body is {\"logs\": [...]}");
        }
        List<String> out = new ArrayList<>();
        logs.forEach(entry -> out.add(entry.asText()));
        return out;
    }

    private static JsonNode read(byte[] body) {
        try {
            JsonNode node = JSON.readTree(body);
            if (node == null || !node.isObject()) {
                throw new IllegalArgumentException("the body is not a JSON object");
            }
            return node;
        } catch (IOException e) {
            throw new IllegalArgumentException("the body is not JSON: " + e.getMessage(), e);
        }
    }
}
