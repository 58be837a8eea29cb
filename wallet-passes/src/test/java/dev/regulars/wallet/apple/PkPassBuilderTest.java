package dev.regulars.wallet.apple;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.regulars.wallet.TestPki;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.cms.Time;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.junit.jupiter.api.Test;

class PkPassBuilderTest {

    private static final Instant NOW = Instant.parse("2026-11-30T09:15:00Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void puts_every_file_at_the_root_with_its_sha1_in_the_manifest() throws Exception {
        Map<String, byte[]> files = PassFixtures.unzip(
                PassFixtures.builder(PassFixtures.rsaIdentity(), CLOCK).build(PassFixtures.values(1250, "Gold")));

        assertThat(files.keySet()).contains("pass.json", "manifest.json", "signature",
                "icon.png", "icon@2x.png", "icon@3x.png", "logo.png", "logo@2x.png", "logo@3x.png",
                "strip.png", "strip@2x.png", "strip@3x.png",
                "en.lproj/pass.strings", "ru.lproj/pass.strings", "nl.lproj/pass.strings");
        assertThat(files.keySet()).noneMatch(name -> name.startsWith("/") || name.endsWith("/"));

        JsonNode manifest = JSON.readTree(files.get("manifest.json"));
        Set<String> listed = iterable(manifest.fieldNames());
        assertThat(listed).isEqualTo(files.keySet().stream()
                .filter(name -> !name.equals("manifest.json") && !name.equals("signature"))
                .collect(Collectors.toSet()));
        for (String name : listed) {
            String sha1 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1").digest(files.get(name)));
            assertThat(manifest.get(name).asText()).as(name).isEqualTo(sha1);
        }
    }

    @Test
    void pass_json_is_a_store_card_with_the_values_and_change_messages() throws Exception {
        Map<String, byte[]> files = PassFixtures.unzip(
                PassFixtures.builder(PassFixtures.rsaIdentity(), CLOCK).build(PassFixtures.values(1250, "Gold")));
        JsonNode pass = JSON.readTree(files.get("pass.json"));

        assertThat(pass.get("formatVersion").asInt()).isEqualTo(1);
        assertThat(pass.get("passTypeIdentifier").asText()).isEqualTo(TestPki.PASS_TYPE_ID);
        assertThat(pass.get("teamIdentifier").asText()).isEqualTo(TestPki.TEAM_ID);
        assertThat(pass.get("serialNumber").asText()).isEqualTo("0f3c2a9e-5d41-4c8b-9a77-1b2c3d4e5f60");
        assertThat(pass.get("organizationName").asText()).isEqualTo("Regulars Coffee");
        assertThat(pass.get("logoText").asText()).isEqualTo("Regulars");
        assertThat(pass.get("backgroundColor").asText()).isEqualTo("rgb(111, 59, 30)");
        assertThat(pass.get("foregroundColor").asText()).isEqualTo("rgb(253, 246, 236)");
        assertThat(pass.get("labelColor").asText()).isEqualTo("rgb(244, 227, 195)");
        assertThat(pass.get("webServiceURL").asText()).isEqualTo("https://regulars.example/passkit");
        assertThat(pass.get("authenticationToken").asText()).hasSizeGreaterThanOrEqualTo(16);

        JsonNode balance = pass.at("/storeCard/primaryFields/0");
        assertThat(balance.get("key").asText()).isEqualTo("balance");
        assertThat(balance.get("value").asLong()).isEqualTo(1250);
        assertThat(balance.get("value").isNumber()).isTrue();
        assertThat(balance.get("label").asText()).isEqualTo("Points");
        // a key the strings files turn into the plural form of each language (PassStringsTest)
        assertThat(balance.get("changeMessage").asText()).isEqualTo("balance.change.other.many.other");
        JsonNode secondary = pass.at("/storeCard/secondaryFields");
        assertThat(secondary.get(0).get("value").asText()).isEqualTo("Eva");
        assertThat(secondary.get(1).get("key").asText()).isEqualTo("tier");
        assertThat(secondary.get(1).get("value").asText()).isEqualTo("Gold");
        assertThat(secondary.get(1).get("changeMessage").asText()).contains("%@");
        assertThat(pass.at("/storeCard/auxiliaryFields/0/value").asText()).isEqualTo("RC-000042-7");

        JsonNode barcode = pass.at("/barcodes/0");
        assertThat(barcode.get("format").asText()).isEqualTo("PKBarcodeFormatQR");
        assertThat(barcode.get("message").asText()).isEqualTo("RC-000042-7");
        assertThat(barcode.get("messageEncoding").asText()).isEqualTo("iso-8859-1");
        assertThat(barcode.get("altText").asText()).isEqualTo("RC-000042-7");
    }

    @Test
    void a_voided_card_says_voided_and_shows_nobody() throws Exception {
        PkPassBuilder builder = PassFixtures.builder(PassFixtures.rsaIdentity(), CLOCK);

        Map<String, byte[]> files = PassFixtures.unzip(builder.buildVoided("RC-000042-7", "k9dQ2mV7xT4pL8sW3nB6yR1c"));
        JsonNode pass = JSON.readTree(files.get("pass.json"));
        assertThat(pass.get("voided").asBoolean()).isTrue();
        assertThat(pass.get("serialNumber").asText()).isEqualTo("RC-000042-7");
        assertThat(pass.get("authenticationToken").asText()).isEqualTo("k9dQ2mV7xT4pL8sW3nB6yR1c");
        assertThat(pass.has("barcodes")).isFalse();
        assertThat(pass.get("storeCard").size()).isZero();
        assertThat(new String(files.get("pass.json"), StandardCharsets.UTF_8)).doesNotContain("Eva", "Gold");
        assertThat(files).containsKeys("manifest.json", "signature");
    }

    @Test
    void the_balance_change_message_is_a_plural_key_and_one_language_writes_its_own_form() throws Exception {
        PkPassBuilder builder = PassFixtures.builder(PassFixtures.rsaIdentity(), CLOCK);
        JsonNode two = JSON.readTree(PassFixtures.unzip(builder.build(PassFixtures.values(2, "Gold")))
                .get("pass.json")).at("/storeCard/primaryFields/0/changeMessage");
        assertThat(two.asText()).isEqualTo("balance.change.other.few.other");

        StoreCardDesign english = PassFixtures.design(PassLocalization.only("en", PassTexts.ENGLISH));
        PkPassBuilder englishOnly = new PkPassBuilder(english, new PassSigner(PassFixtures.rsaIdentity(), CLOCK));
        assertThat(JSON.readTree(PassFixtures.unzip(englishOnly.build(PassFixtures.values(1, "Gold")))
                .get("pass.json")).at("/storeCard/primaryFields/0/changeMessage").asText())
                .isEqualTo("Your balance is now %@ point.");
    }

    @Test
    void news_goes_on_the_back_with_a_change_message_and_no_news_leaves_the_back_empty() throws Exception {
        StoreCardValues plain = PassFixtures.values(10, "Gold");
        StoreCardValues withNews = new StoreCardValues(plain.serialNumber(), plain.cardNumber(), plain.memberName(),
                plain.points(), plain.tier(), plain.authenticationToken(), "Double points on Friday");
        PkPassBuilder builder = PassFixtures.builder(PassFixtures.rsaIdentity(), CLOCK);

        JsonNode news = JSON.readTree(PassFixtures.unzip(builder.build(withNews)).get("pass.json"))
                .at("/storeCard/backFields/0");
        assertThat(news.get("key").asText()).isEqualTo("news");
        assertThat(news.get("label").asText()).isEqualTo("News");
        assertThat(news.get("value").asText()).isEqualTo("Double points on Friday");
        assertThat(news.get("changeMessage").asText()).isEqualTo("%@");
        assertThat(JSON.readTree(PassFixtures.unzip(builder.build(plain)).get("pass.json"))
                .at("/storeCard/backFields").isMissingNode()).isTrue();
        assertThatThrownBy(() -> new StoreCardValues("s", "1", null, 0, "Gold", plain.authenticationToken(),
                "x".repeat(StoreCardValues.NEWS_MAX + 1))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void the_signature_is_a_detached_cms_over_the_manifest_with_both_certificates_and_the_signed_attributes()
            throws Exception {
        assertSignedProperly(PassFixtures.rsaIdentity(), PKCSObjectIdentifiers.sha256WithRSAEncryption);
    }

    @Test
    void an_ec_pass_certificate_signs_as_well() throws Exception {
        assertSignedProperly(PassFixtures.ecIdentity(), new ASN1ObjectIdentifier("1.2.840.10045.4.3.2"));
    }

    private void assertSignedProperly(PassSigningIdentity identity, ASN1ObjectIdentifier encryption)
            throws Exception {
        Map<String, byte[]> files = PassFixtures.unzip(
                PassFixtures.builder(identity, CLOCK).build(PassFixtures.values(10, "Silver")));
        byte[] manifest = files.get("manifest.json");
        byte[] signature = files.get("signature");

        CMSSignedData alone = new CMSSignedData(signature);
        assertThat(alone.isDetachedSignature()).isTrue();
        assertThat(alone.getSignedContent()).isNull();

        CMSSignedData signed = new CMSSignedData(new CMSProcessableByteArray(manifest), signature);
        Set<X509CertificateHolder> certificates = Set.copyOf(signed.getCertificates().getMatches(null));
        assertThat(certificates).containsExactlyInAnyOrder(holder(identity.passCertificate()),
                holder(identity.wwdrCertificate()));
        SignerInformation signer = signed.getSignerInfos().getSigners().iterator().next();
        assertThat(signed.getSignerInfos().size()).isEqualTo(1);
        assertThat(signer.getDigestAlgOID()).isEqualTo(NISTObjectIdentifiers.id_sha256.getId());
        assertThat(signer.getEncryptionAlgOID()).isEqualTo(encryption.getId());
        assertThat(signer.verify(new JcaSimpleSignerInfoVerifierBuilder().build(identity.passCertificate())))
                .isTrue();

        AttributeTable attributes = signer.getSignedAttributes();
        assertThat(attributes.get(CMSAttributes.contentType).getAttrValues().getObjectAt(0))
                .isEqualTo(PKCSObjectIdentifiers.data);
        assertThat(attributes.get(CMSAttributes.messageDigest)).isNotNull();
        Attribute signingTime = attributes.get(CMSAttributes.signingTime);
        assertThat(Time.getInstance(signingTime.getAttrValues().getObjectAt(0)).getDate().toInstant())
                .isEqualTo(NOW);

        byte[] tampered = new String(manifest, StandardCharsets.UTF_8).replace('a', 'b')
                .getBytes(StandardCharsets.UTF_8);
        SignerInformation overTampered = new CMSSignedData(new CMSProcessableByteArray(tampered), signature)
                .getSignerInfos().getSigners().iterator().next();
        assertThatThrownByOrFalse(overTampered, identity.passCertificate());
    }

    private static void assertThatThrownByOrFalse(SignerInformation signer, X509Certificate certificate) {
        boolean verified;
        try {
            verified = signer.verify(new JcaSimpleSignerInfoVerifierBuilder().build(certificate));
        } catch (Exception e) {
            verified = false;
        }
        assertThat(verified).as("a signature over a changed manifest").isFalse();
    }

    @Test
    void one_language_ships_no_strings_files() throws Exception {
        StoreCardDesign english = PassFixtures.design(PassLocalization.only("en", PassTexts.ENGLISH));
        byte[] pass = new PkPassBuilder(english, new PassSigner(PassFixtures.rsaIdentity(), CLOCK))
                .build(PassFixtures.values(1, "Bronze"));

        assertThat(PassFixtures.unzip(pass).keySet()).noneMatch(name -> name.contains(".lproj"));
    }

    @Test
    void refuses_a_certificate_for_another_pass_type() {
        StoreCardDesign other = new StoreCardDesign("pass.dev.regulars.other", TestPki.TEAM_ID, "Regulars",
                "card", null, dev.regulars.wallet.RgbColor.ofHex("#000000"), dev.regulars.wallet.RgbColor.ofHex("#ffffff"),
                dev.regulars.wallet.RgbColor.ofHex("#777777"), java.net.URI.create("https://regulars.example/"),
                PassLocalization.standard(), PassFixtures.images());

        assertThatThrownBy(() -> new PkPassBuilder(other, new PassSigner(PassFixtures.rsaIdentity(), CLOCK)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(TestPki.PASS_TYPE_ID);
    }

    @Test
    void refuses_a_key_that_is_not_the_certificates() {
        TestPki pki = TestPki.get();

        assertThatThrownBy(() -> new PassSigningIdentity(pki.passRsaKeys.getPrivate(), pki.passEc, pki.wwdr))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PassSigningIdentity(pki.wwdrKeys.getPrivate(), pki.passRsa, pki.wwdr))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void reads_the_pass_type_id_from_the_certificate() {
        assertThat(PassFixtures.rsaIdentity().certifiedPassTypeIdentifier()).contains(TestPki.PASS_TYPE_ID);
    }

    private static X509CertificateHolder holder(X509Certificate certificate) throws Exception {
        return new X509CertificateHolder(certificate.getEncoded());
    }

    private static Set<String> iterable(Iterator<String> names) {
        Set<String> out = new java.util.HashSet<>();
        names.forEachRemaining(out::add);
        return out;
    }
}
