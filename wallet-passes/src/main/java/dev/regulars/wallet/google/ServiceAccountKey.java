package dev.regulars.wallet.google;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.regulars.wallet.crypto.KeyMaterial;
import java.io.IOException;
import java.net.URI;
import java.security.PrivateKey;

/**
 * A Google Cloud service account's JSON key file, the identity that signs Save links and gets API access tokens
 * (Google Cloud, "Service account keys": fields {@code client_email}, {@code private_key} as PKCS#8 PEM,
 * {@code private_key_id}, {@code token_uri}).
 *
 * @param clientEmail the account's e-mail, the JWTs' issuer
 * @param privateKey its RSA key
 * @param privateKeyId the key's id, sent as the JWT header's {@code kid}
 * @param tokenUri the OAuth token endpoint
 */
public record ServiceAccountKey(String clientEmail, PrivateKey privateKey, String privateKeyId, URI tokenUri) {

    /** Google's token endpoint, used when the file names none. */
    public static final URI GOOGLE_TOKEN_URI = URI.create("https://oauth2.googleapis.com/token");

    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * Reads the key file's bytes.
     *
     * @throws IllegalArgumentException when it is not a service account key file
     */
    public static ServiceAccountKey parse(byte[] json) {
        JsonNode file;
        try {
            file = JSON.readTree(json);
        } catch (IOException e) {
            throw new IllegalArgumentException("the key file is not JSON: " + e.getMessage(), e);
        }
        if (file == null || !file.path("client_email").isTextual() || !file.path("private_key").isTextual()) {
            throw new IllegalArgumentException("a service account key file has client_email and private_key");
        }
        String tokenUri = file.path("token_uri").asText("");
        return new ServiceAccountKey(file.get("client_email").asText(),
                KeyMaterial.privateKeyFromPem(file.get("private_key").asText()),
                file.path("private_key_id").asText(""),
                tokenUri.isEmpty() ? GOOGLE_TOKEN_URI : URI.create(tokenUri));
    }
}
