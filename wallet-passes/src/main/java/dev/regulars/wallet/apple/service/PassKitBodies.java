package dev.regulars.wallet.apple.service;

import com.fasterxml.jackson.core.exc.StreamConstraintsException;
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

    /**
     * The most hex digits a push token may have. Tokens are 32 bytes (64 digits) today, but Apple says they are of
     * variable length and not to hard-code their size ("Registering your app with APNs"); 200 is the column's width.
     */
    public static final int MAX_PUSH_TOKEN_DIGITS = 200;
    /**
     * The fewest hex digits a push token may have: 32 bytes, what APNs gives today. Longer tokens are taken (the size
     * may grow); a shorter one is no token APNs ever gave, and would only fill a registration with junk.
     */
    public static final int MIN_PUSH_TOKEN_DIGITS = 64;
    /** The largest body the service reads, in bytes; a larger one is answered 413. */
    public static final int MAX_BODY_BYTES = 64 * 1024;

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
        if (token == null || !token.isTextual() || !token.asText().matches("[0-9a-fA-F]+")) {
            throw new IllegalArgumentException("a registration body is {\"pushToken\": \"<hex>\"}");
        }
        int digits = token.asText().length();
        if (digits % 2 != 0 || digits < MIN_PUSH_TOKEN_DIGITS || digits > MAX_PUSH_TOKEN_DIGITS) {
            throw new IllegalArgumentException("a push token is whole bytes in hex, " + MIN_PUSH_TOKEN_DIGITS
                    + " to " + MAX_PUSH_TOKEN_DIGITS + " digits, not " + digits);
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
        } catch (StreamConstraintsException e) {
            // the parser's own message names its classes and settings: the client gets words instead
            throw new IllegalArgumentException("the body is nested too deeply or too long to read", e);
        } catch (IOException e) {
            throw new IllegalArgumentException("the body is not valid JSON", e);
        }
    }
}
