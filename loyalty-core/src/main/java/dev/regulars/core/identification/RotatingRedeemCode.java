package dev.regulars.core.identification;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The QR code on a customer's phone page that lets them redeem: {@code RGR1:<cardNumber>:<8 digits>}, where the
 * digits are an HMAC of the card number and the current 30-second window under the card's secret. A code is
 * accepted in its window and the windows on either side; a screenshot older than that is refused. A static card
 * number alone identifies the customer and earns, but never redeems (DESIGN.md section 4).
 */
public final class RotatingRedeemCode {

    public static final Duration WINDOW = Duration.ofSeconds(30);
    private static final Pattern FORMAT = Pattern.compile("RGR1:([0-9A-Z]{4,32}):(\\d{8})");

    private RotatingRedeemCode() {
    }

    /** The outcome of checking a scanned code. */
    public enum Verdict { VALID, EXPIRED, INVALID }

    /** A scanned code, split into the card it names and its digits. */
    public record Scanned(String cardNumber, String digits) {
    }

    public static String codeFor(byte[] cardSecret, String cardNumber, Instant at) {
        return "RGR1:" + cardNumber + ":" + digits(cardSecret, cardNumber, window(at));
    }

    public static Optional<Scanned> parse(String scanned) {
        if (scanned == null) {
            return Optional.empty();
        }
        Matcher m = FORMAT.matcher(scanned.strip());
        return m.matches() ? Optional.of(new Scanned(m.group(1), m.group(2))) : Optional.empty();
    }

    /**
     * @return VALID in the current window or its neighbours; EXPIRED when it matches a window up to ten minutes
     *         old (so the cashier can say "refresh your card page"); INVALID otherwise
     */
    public static Verdict verify(byte[] cardSecret, Scanned code, Instant now) {
        long current = window(now);
        for (long w = current - 1; w <= current + 1; w++) {
            if (matches(cardSecret, code, w)) {
                return Verdict.VALID;
            }
        }
        long tenMinutes = Duration.ofMinutes(10).toSeconds() / WINDOW.toSeconds();
        for (long w = current - 2; w >= current - tenMinutes; w--) {
            if (matches(cardSecret, code, w)) {
                return Verdict.EXPIRED;
            }
        }
        return Verdict.INVALID;
    }

    private static boolean matches(byte[] secret, Scanned code, long window) {
        return MessageDigest.isEqual(digits(secret, code.cardNumber(), window).getBytes(StandardCharsets.US_ASCII),
                code.digits().getBytes(StandardCharsets.US_ASCII));
    }

    private static long window(Instant at) {
        return Math.floorDiv(at.getEpochSecond(), WINDOW.toSeconds());
    }

    private static String digits(byte[] secret, String cardNumber, long window) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            byte[] h = mac.doFinal((cardNumber + ":" + window).getBytes(StandardCharsets.US_ASCII));
            // dynamic truncation as in RFC 4226
            int offset = h[h.length - 1] & 0x0f;
            long value = ((h[offset] & 0x7fL) << 24) | ((h[offset + 1] & 0xffL) << 16)
                    | ((h[offset + 2] & 0xffL) << 8) | (h[offset + 3] & 0xffL);
            return String.format("%08d", value % 100_000_000L);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
