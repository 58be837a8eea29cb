package dev.regulars.wallet.google;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class SaveToWalletLinkTest {

    private static final Instant NOW = Instant.parse("2026-11-30T09:15:00Z");

    @Test
    void reads_the_service_accounts_key_file() throws Exception {
        ServiceAccountKey key = GoogleFixtures.key(URI.create("https://oauth2.googleapis.com/token"));

        assertThat(key.clientEmail()).isEqualTo(GoogleFixtures.EMAIL);
        assertThat(key.privateKeyId()).isEqualTo("4f1c2e3d4b5a69788796a5b4c3d2e1f00f1e2d3c");
        assertThat(key.privateKey().getEncoded()).isEqualTo(GoogleFixtures.keys().getPrivate().getEncoded());
        assertThat(key.tokenUri()).isEqualTo(URI.create("https://oauth2.googleapis.com/token"));
        assertThatThrownBy(() -> ServiceAccountKey.parse("{\"client_email\":\"x\"}".getBytes()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void the_link_is_googles_save_url_with_an_rs256_jwt_the_service_account_signed() throws Exception {
        ServiceAccountKey key = GoogleFixtures.key(ServiceAccountKey.GOOGLE_TOKEN_URI);

        URI link = SaveToWalletLink.link(key, List.of("https://regulars.example"),
                List.of(GoogleFixtures.loyaltyClass()), List.of(GoogleFixtures.loyaltyObject(1250)), NOW);

        assertThat(link.toString()).startsWith("https://pay.google.com/gp/v/save/");
        String jwt = link.toString().substring("https://pay.google.com/gp/v/save/".length());
        JsonNode[] parts = GoogleFixtures.verifiedJwt(jwt, GoogleFixtures.keys().getPublic());
        JsonNode header = parts[0];
        JsonNode claims = parts[1];
        assertThat(header.get("alg").asText()).isEqualTo("RS256");
        assertThat(header.get("kid").asText()).isEqualTo(key.privateKeyId());
        assertThat(claims.get("iss").asText()).isEqualTo(GoogleFixtures.EMAIL);
        assertThat(claims.get("aud").asText()).isEqualTo("google");
        assertThat(claims.get("typ").asText()).isEqualTo("savetowallet");
        assertThat(claims.get("iat").asLong()).isEqualTo(NOW.getEpochSecond());
        assertThat(claims.get("origins").get(0).asText()).isEqualTo("https://regulars.example");
        assertThat(claims.at("/payload/loyaltyClasses/0")).isEqualTo(GoogleFixtures.loyaltyClass().toJson());
        assertThat(claims.at("/payload/loyaltyObjects/0")).isEqualTo(GoogleFixtures.loyaltyObject(1250).toJson());
    }

    @Test
    void a_link_for_an_existing_class_carries_only_the_object() throws Exception {
        ServiceAccountKey key = GoogleFixtures.key(ServiceAccountKey.GOOGLE_TOKEN_URI);

        String jwt = SaveToWalletLink.jwt(key, List.of(), List.of(), List.of(GoogleFixtures.loyaltyObject(5)), NOW);

        JsonNode claims = GoogleFixtures.verifiedJwt(jwt, GoogleFixtures.keys().getPublic())[1];
        assertThat(claims.get("payload").has("loyaltyClasses")).isFalse();
        assertThat(claims.at("/payload/loyaltyObjects").size()).isEqualTo(1);
    }
}
