package dev.regulars.wallet.crypto;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.Signature;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Signed JWTs in the JWS compact serialization (RFC 7515 section 7.1): {@code base64url(header) "."
 * base64url(claims) "." base64url(signature)}, without padding. Two algorithms, those the wallets ask for
 * (RFC 7518 section 3): ES256 for APNs provider tokens (the signature is the 64-byte R || S, which the JDK's
 * {@code SHA256withECDSAinP1363Format} gives directly) and RS256 for Google's service account JWTs.
 */
public final class CompactJws {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();

    /** A JWS algorithm and the JCA signature that computes it. */
    public enum Algorithm {
        /** ECDSA on P-256 with SHA-256. */
        ES256("SHA256withECDSAinP1363Format"),
        /** RSASSA-PKCS1-v1_5 with SHA-256. */
        RS256("SHA256withRSA");

        private final String jca;

        Algorithm(String jca) {
            this.jca = jca;
        }

        /** The JCA signature algorithm name. */
        public String jcaName() {
            return jca;
        }
    }

    private CompactJws() {
    }

    /**
     * Signs the claims with the key.
     *
     * @param extraHeader header parameters besides {@code alg} and {@code typ} (e.g. {@code kid}); may be empty
     * @param claims JSON-serializable values (strings, numbers, lists, maps, Jackson nodes)
     * @return the compact JWT
     * @throws IllegalArgumentException when the key does not fit the algorithm
     */
    public static String sign(Algorithm algorithm, Map<String, ?> extraHeader, Map<String, ?> claims,
            PrivateKey key) {
        Map<String, Object> header = new LinkedHashMap<>();
        header.put("alg", algorithm.name());
        header.put("typ", "JWT");
        header.putAll(extraHeader);
        String signingInput = encode(header) + "." + encode(claims);
        try {
            Signature signature = Signature.getInstance(algorithm.jcaName());
            signature.initSign(key);
            signature.update(signingInput.getBytes(StandardCharsets.US_ASCII));
            return signingInput + "." + B64.encodeToString(signature.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("cannot sign a " + algorithm + " JWT with a "
                    + key.getAlgorithm() + " key: " + e.getMessage(), e);
        }
    }

    private static String encode(Map<String, ?> part) {
        try {
            return B64.encodeToString(JSON.writeValueAsBytes(part));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("a JWT part is not JSON: " + e.getMessage(), e);
        }
    }
}
