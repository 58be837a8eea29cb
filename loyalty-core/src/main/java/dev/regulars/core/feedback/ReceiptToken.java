package dev.regulars.core.feedback;

import java.nio.ByteBuffer;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The token of a receipt's rating link, {@code {public URL}/r/{token}}: the sale's UUID as 22 characters of
 * unpadded base64url over its 16 bytes, big-endian (DESIGN.md section 2). The till makes it from the sale id it
 * chose, so a receipt printed offline carries a working link; the server reads the sale id back from it. The
 * token is as unguessable as the sale's random (version 4) UUID and only lets the holder rate that one visit.
 */
public final class ReceiptToken {

    private static final Pattern SHAPE = Pattern.compile("[A-Za-z0-9_-]{22}");

    private ReceiptToken() {
    }

    /** The 22-character token of a sale id. */
    public static String of(UUID saleId) {
        ByteBuffer bytes = ByteBuffer.allocate(16);
        bytes.putLong(saleId.getMostSignificantBits()).putLong(saleId.getLeastSignificantBits());
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes.array());
    }

    /**
     * The sale id in a token; empty for anything that is not the token of a random (version 4) sale id, so a typo or
     * a made-up link is told apart without asking the database.
     */
    public static Optional<UUID> saleId(String token) {
        if (token == null || !SHAPE.matcher(token).matches()) {
            return Optional.empty();
        }
        byte[] raw = Base64.getUrlDecoder().decode(token);
        ByteBuffer bytes = ByteBuffer.wrap(raw);
        UUID id = new UUID(bytes.getLong(), bytes.getLong());
        // 22 characters carry 132 bits: the last 4 must be zero, or two tokens would name one sale
        if (!of(id).equals(token) || id.version() != 4 || id.variant() != 2) {
            return Optional.empty();
        }
        return Optional.of(id);
    }
}
