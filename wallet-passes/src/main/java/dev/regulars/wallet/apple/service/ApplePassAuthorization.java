package dev.regulars.wallet.apple.service;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Optional;

/**
 * The {@code Authorization: ApplePass <authenticationToken>} header Wallet sends to the PassKit web service
 * (Apple, "Adding a Web Service to Update Passes": register, unregister and get-pass requests carry it; the server
 * answers 401 when it does not match the pass's token).
 */
public final class ApplePassAuthorization {

    private static final String SCHEME = "ApplePass";

    private ApplePassAuthorization() {
    }

    /**
     * The token of an {@code ApplePass} header: the scheme (any case), one or more spaces, the token.
     *
     * @param header the header's value, or {@code null} when the request had none
     * @return empty when the header is missing, of another scheme, or has no token
     */
    public static Optional<String> token(String header) {
        if (header == null || header.length() <= SCHEME.length()
                || !header.regionMatches(true, 0, SCHEME, 0, SCHEME.length())
                || header.charAt(SCHEME.length()) != ' ') {
            return Optional.empty();
        }
        String token = header.substring(SCHEME.length()).strip();
        return token.isEmpty() || token.contains(" ") ? Optional.empty() : Optional.of(token);
    }

    /**
     * Whether the header carries the pass's token. The comparison takes the same time wherever the tokens differ,
     * and whatever their lengths (both are hashed first), so timing tells an attacker nothing about the token.
     *
     * @param expectedToken the pass's authenticationToken, as stored by the server
     */
    public static boolean authorizes(String header, String expectedToken) {
        Optional<String> given = token(header);
        byte[] presented = sha256(given.orElse(""));
        byte[] expected = sha256(expectedToken);
        return MessageDigest.isEqual(presented, expected) & given.isPresent();
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
