package dev.regulars.server.wallet;

import dev.regulars.server.platform.Secrets;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The authentication tokens of passes: HMAC-SHA256 of the serial number under the server's Wallet key, as 43
 * characters of unpadded base64url (256 bits; Apple asks for at least 16 characters). The same pass gets the same
 * token in each of its versions without the token being stored: the table keeps only its SHA-256, which checks a
 * request (in constant time) but makes no token. Immutable, thread-safe.
 */
public final class PassTokens {

    /** The least key, in bytes. */
    public static final int MIN_KEY_BYTES = 32;

    private final SecretKeySpec key;

    /**
     * @param keyBase64 the setting {@code regulars.wallet.token-key}
     * @throws IllegalArgumentException when it is not base64 of at least 32 bytes
     */
    public PassTokens(String keyBase64) {
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(keyBase64.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("regulars.wallet.token-key is not base64", e);
        }
        if (bytes.length < MIN_KEY_BYTES) {
            throw new IllegalArgumentException("regulars.wallet.token-key holds " + bytes.length
                    + " bytes; it needs at least " + MIN_KEY_BYTES + " random bytes (openssl rand -base64 32)");
        }
        this.key = new SecretKeySpec(bytes, "HmacSHA256");
    }

    /** The token of a pass. */
    public String tokenOf(String serialNumber) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            byte[] digest = mac.doFinal(("wallet-pass:" + serialNumber).getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every JDK has HmacSHA256", e);
        }
    }

    /** What the table stores of a token. */
    public static String stored(String token) {
        return Secrets.sha256Hex(token);
    }

    /**
     * Whether a presented token is the one whose SHA-256 is stored; the comparison takes the same time wherever
     * they differ.
     *
     * @param presented the token of the request's {@code Authorization: ApplePass} header, or {@code null}
     */
    public static boolean matches(String presented, String storedSha256) {
        byte[] given = stored(presented == null ? "" : presented).getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(given, storedSha256.getBytes(StandardCharsets.US_ASCII)) & presented != null;
    }
}
