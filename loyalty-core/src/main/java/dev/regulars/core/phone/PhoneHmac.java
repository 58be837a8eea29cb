package dev.regulars.core.phone;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Keyed hash of a phone number. Tills cache customers under this key instead of the number itself, so a stolen
 * till does not leak a phone list (design invariant 6). The key is per business and comes with pairing.
 */
public final class PhoneHmac {

    private final byte[] key;

    public PhoneHmac(byte[] key) {
        if (key.length < 16) {
            throw new IllegalArgumentException("phone hash key must be at least 128 bits");
        }
        this.key = key.clone();
    }

    public static PhoneHmac fromBase64(String key) {
        return new PhoneHmac(Base64.getDecoder().decode(key));
    }

    public String of(PhoneNumber phone) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            byte[] digest = mac.doFinal(phone.e164().getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
