package dev.regulars.wallet.google;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.regulars.wallet.RgbColor;
import java.net.URI;
import org.junit.jupiter.api.Test;

class GoogleLoyaltyJsonTest {

    @Test
    void a_class_has_its_issuer_id_program_logo_and_colour() {
        JsonNode json = GoogleFixtures.loyaltyClass().toJson();

        assertThat(json.get("id").asText()).isEqualTo(GoogleFixtures.ISSUER + ".regulars-coffee");
        assertThat(json.get("issuerName").asText()).isEqualTo("Regulars Coffee");
        assertThat(json.get("programName").asText()).isEqualTo("Regulars");
        assertThat(json.at("/programLogo/sourceUri/uri").asText())
                .isEqualTo("https://regulars.example/static/logo.png");
        assertThat(json.get("reviewStatus").asText()).isEqualTo("UNDER_REVIEW");
        assertThat(json.get("hexBackgroundColor").asText()).isEqualTo("#6f3b1e");
    }

    @Test
    void an_object_is_active_with_the_account_balance_and_qr_code() {
        JsonNode json = GoogleFixtures.loyaltyObject(1250).toJson();

        assertThat(json.get("id").asText()).isEqualTo(GoogleFixtures.ISSUER + ".0f3c2a9e-5d41-4c8b-9a77-1b2c3d4e5f60");
        assertThat(json.get("classId").asText()).isEqualTo(GoogleFixtures.ISSUER + ".regulars-coffee");
        assertThat(json.get("state").asText()).isEqualTo("ACTIVE");
        assertThat(json.get("accountId").asText()).isEqualTo("RC-000042-7");
        assertThat(json.get("accountName").asText()).isEqualTo("Eva");
        assertThat(json.at("/loyaltyPoints/label").asText()).isEqualTo("Points");
        assertThat(json.at("/loyaltyPoints/balance/int").isInt()).isTrue();
        assertThat(json.at("/loyaltyPoints/balance/int").asInt()).isEqualTo(1250);
        assertThat(json.at("/barcode/type").asText()).isEqualTo("QR_CODE");
        assertThat(json.at("/barcode/value").asText()).isEqualTo("RC-000042-7");
        assertThat(json.at("/barcode/alternateText").asText()).isEqualTo("RC-000042-7");
    }

    @Test
    void a_balance_patch_notifies_only_when_asked() {
        JsonNode loud = GoogleLoyaltyObject.balancePatch(90, "Points", true);
        JsonNode quiet = GoogleLoyaltyObject.balancePatch(90, "Points", false);

        assertThat(loud.get("notifyPreference").asText()).isEqualTo("NOTIFY_ON_UPDATE");
        assertThat(loud.at("/loyaltyPoints/balance/int").asInt()).isEqualTo(90);
        assertThat(quiet.has("notifyPreference")).isFalse();
        assertThat(quiet.at("/loyaltyPoints/label").asText()).isEqualTo("Points");
        assertThat(quiet.at("/loyaltyPoints/localizedLabel/translatedValues").toString())
                .contains("{\"language\":\"ru\",\"value\":\"Баллы\"}", "{\"language\":\"nl\",\"value\":\"Punten\"}");
    }

    @Test
    void a_class_without_a_logo_sends_none() {
        GoogleLoyaltyClass plain = new GoogleLoyaltyClass(GoogleFixtures.ISSUER, "club", "Cafe", "Cafe", null,
                "DRAFT", dev.regulars.wallet.RgbColor.ofHex("#6f3b1e"));

        assertThat(plain.toJson().has("programLogo")).isFalse();
    }

    @Test
    void a_voided_card_is_inactive_without_a_name_or_balance() {
        JsonNode voided = GoogleLoyaltyObject.voidedPatch("Punten");

        assertThat(voided.get("state").asText()).isEqualTo("INACTIVE");
        assertThat(voided.get("accountName").asText()).isEmpty();
        assertThat(voided.at("/loyaltyPoints/balance/int").asInt()).isZero();
        assertThat(voided.at("/loyaltyPoints/label").asText()).isEqualTo("Punten");
    }

    @Test
    void refuses_ids_and_balances_google_would_refuse() {
        assertThatThrownBy(() -> WalletIds.of("issuer", "x")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> WalletIds.of("123", "a/b")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> GoogleFixtures.loyaltyObject(1L << 31)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new GoogleLoyaltyObject("1", "x", "2.c", "a", "n", 0, "P", "v", "v"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new GoogleLoyaltyClass("1", "c", "I", "P", URI.create("http://x/logo.png"),
                "UNDER_REVIEW", RgbColor.ofHex("#000000"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new GoogleLoyaltyClass("1", "c", "I", "P", URI.create("https://x/logo.png"),
                "APPROVED", RgbColor.ofHex("#000000"))).isInstanceOf(IllegalArgumentException.class);
    }
}
