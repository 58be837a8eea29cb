package dev.regulars.wallet.apple;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;

/**
 * manifest.json: every file of the pass but the manifest and the signature, by path, with the SHA-1 of its bytes
 * in lower-case hex (Wallet Developer Guide, "Building a Pass": Wallet recomputes these hashes and refuses a pass
 * whose files differ).
 */
final class Manifest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private Manifest() {
    }

    /** SHA-1 of the bytes, lower-case hex. */
    static String sha1(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-1", e);
        }
    }

    /** The manifest of files whose hashes are known, in the map's order; UTF-8 JSON. */
    static byte[] of(Map<String, String> sha1ByPath) {
        ObjectNode manifest = JSON.createObjectNode();
        sha1ByPath.forEach(manifest::put);
        try {
            return JSON.writeValueAsBytes(manifest);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a map of strings is JSON", e);
        }
    }
}
