package dev.regulars.wallet.google;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.regulars.wallet.crypto.CompactJws;
import java.net.URI;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The "Save to Google Wallet" link, {@code https://pay.google.com/gp/v/save/<jwt>} (Google Wallet API, "JWT"
 * reference): an RS256 JWT from the service account with {@code aud = google}, {@code typ = savetowallet}, the web
 * origins allowed to show the button, and a payload holding the loyalty classes and objects. Google creates the
 * object when the customer saves it. A link carrying whole classes and objects grows with them (a class and an
 * object make about 1.5 KB), and some mail and message clients cut long URLs: put the class in the link only until
 * it exists, or insert objects through the API first.
 */
public final class SaveToWalletLink {

    /** Where the link points. */
    public static final String SAVE_URL = "https://pay.google.com/gp/v/save/";

    private static final ObjectMapper JSON = new ObjectMapper();

    private SaveToWalletLink() {
    }

    /**
     * The signed JWT.
     *
     * @param origins the https origins of the pages that show the button (e.g. the customer's card page)
     * @param classes classes to create with the object, or none when they already exist
     * @param objects the cards
     */
    public static String jwt(ServiceAccountKey key, List<String> origins, List<GoogleLoyaltyClass> classes,
            List<GoogleLoyaltyObject> objects, Instant issuedAt) {
        ObjectNode payload = JSON.createObjectNode();
        if (!classes.isEmpty()) {
            ArrayNode array = payload.putArray("loyaltyClasses");
            classes.forEach(c -> array.add(c.toJson()));
        }
        ArrayNode array = payload.putArray("loyaltyObjects");
        objects.forEach(o -> array.add(o.toJson()));
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("iss", key.clientEmail());
        claims.put("aud", "google");
        claims.put("typ", "savetowallet");
        claims.put("iat", issuedAt.getEpochSecond());
        claims.put("origins", List.copyOf(origins));
        claims.put("payload", payload);
        Map<String, Object> header = key.privateKeyId().isEmpty() ? Map.of() : Map.of("kid", key.privateKeyId());
        return CompactJws.sign(CompactJws.Algorithm.RS256, header, claims, key.privateKey());
    }

    /** The link to put behind the button: {@link #SAVE_URL} followed by {@link #jwt}. */
    public static URI link(ServiceAccountKey key, List<String> origins, List<GoogleLoyaltyClass> classes,
            List<GoogleLoyaltyObject> objects, Instant issuedAt) {
        return URI.create(SAVE_URL + jwt(key, origins, classes, objects, issuedAt));
    }
}
