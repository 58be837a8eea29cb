package dev.regulars.wallet.google;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.regulars.wallet.RgbColor;
import dev.regulars.wallet.TestPki;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.PublicKey;
import java.security.Signature;
import java.util.Base64;
import org.bouncycastle.openssl.jcajce.JcaPKCS8Generator;

/** A service account made at test time, a class and an object, and a JWT reader that checks signatures. */
public final class GoogleFixtures {

    public static final String ISSUER = "3388000000022212345";
    public static final String EMAIL = "wallet@regulars-test.iam.gserviceaccount.com";
    public static final ObjectMapper JSON = new ObjectMapper();

    private static KeyPair keys;

    private GoogleFixtures() {
    }

    public static synchronized KeyPair keys() throws Exception {
        if (keys == null) {
            keys = TestPki.rsa();
        }
        return keys;
    }

    /** The JSON key file as Google Cloud's console downloads it. */
    public static byte[] keyFile(URI tokenUri) throws Exception {
        ObjectNode file = JSON.createObjectNode();
        file.put("type", "service_account");
        file.put("project_id", "regulars-test");
        file.put("private_key_id", "4f1c2e3d4b5a69788796a5b4c3d2e1f00f1e2d3c");
        file.put("private_key", TestPki.pem(new JcaPKCS8Generator(keys().getPrivate(), null)));
        file.put("client_email", EMAIL);
        file.put("client_id", "105555555555555555555");
        file.put("token_uri", tokenUri.toString());
        return JSON.writeValueAsBytes(file);
    }

    public static ServiceAccountKey key(URI tokenUri) throws Exception {
        return ServiceAccountKey.parse(keyFile(tokenUri));
    }

    public static GoogleLoyaltyClass loyaltyClass() {
        return new GoogleLoyaltyClass(ISSUER, "regulars-coffee", "Regulars Coffee", "Regulars",
                URI.create("https://regulars.example/static/logo.png"), "UNDER_REVIEW", RgbColor.ofHex("#6f3b1e"));
    }

    public static GoogleLoyaltyObject loyaltyObject(long points) {
        return new GoogleLoyaltyObject(ISSUER, "0f3c2a9e-5d41-4c8b-9a77-1b2c3d4e5f60", ISSUER + ".regulars-coffee",
                "RC-000042-7", "Eva", points, "Points", "RC-000042-7", "RC-000042-7");
    }

    /** The header and claims of an RS256 JWT, after checking its signature with the key. */
    public static JsonNode[] verifiedJwt(String jwt, PublicKey key) throws Exception {
        String[] parts = jwt.split("\\.");
        if (parts.length != 3) {
            throw new AssertionError("not a compact JWS: " + jwt);
        }
        Signature verifier = Signature.getInstance("SHA256withRSA");
        verifier.initVerify(key);
        verifier.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
        if (!verifier.verify(Base64.getUrlDecoder().decode(parts[2]))) {
            throw new AssertionError("the JWT's signature does not verify");
        }
        return new JsonNode[] {JSON.readTree(Base64.getUrlDecoder().decode(parts[0])),
            JSON.readTree(Base64.getUrlDecoder().decode(parts[1]))};
    }
}
