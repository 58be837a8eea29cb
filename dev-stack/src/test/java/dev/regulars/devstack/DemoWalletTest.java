package dev.regulars.devstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The demo's Wallet credentials: a pass certificate signed by the demo CA, its key, a Google key; kept. */
class DemoWalletTest {

    @TempDir
    Path dir;

    @Test
    void makesAPassCertificateUnderTheDemoCaWithItsKeyAndKeepsThemAcrossStarts() throws Exception {
        Map<String, String> settings = DemoWallet.settings(dir.resolve("wallet"), "Demo Café");

        X509Certificate ca = certificate(settings.get("regulars.wallet.apple.wwdr-certificate"));
        X509Certificate pass = certificate(settings.get("regulars.wallet.apple.certificate"));
        pass.verify(ca.getPublicKey());
        ca.verify(ca.getPublicKey());
        assertThat(ca.getBasicConstraints()).isGreaterThanOrEqualTo(0);
        assertThat(pass.getSubjectX500Principal().getName()).contains("UID=" + DemoWallet.PASS_TYPE_ID)
                .contains("OU=" + DemoWallet.TEAM_ID);
        assertThat(ca.getSubjectX500Principal().getName()).contains("not Apple");
        PrivateKey key = pkcs8(Files.readString(Path.of(settings.get("regulars.wallet.apple.key"))));
        assertThat(signs(key, pass)).as("the key is the pass certificate's").isTrue();

        String google = Files.readString(Path.of(settings.get("regulars.wallet.google.service-account")));
        Matcher privateKey = Pattern.compile("\"private_key\": \"([^\"]+)\"").matcher(google);
        assertThat(privateKey.find()).isTrue();
        assertThat(pkcs8(privateKey.group(1).replace("\\n", "\n")).getAlgorithm()).isEqualTo("RSA");
        assertThat(google).contains("\"client_email\": \"wallet@regulars-demo.iam.gserviceaccount.com\"");
        assertThat(Base64.getDecoder().decode(settings.get("regulars.wallet.token-key"))).hasSize(32);
        assertThat(settings).containsEntry("regulars.wallet.apns.enabled", "false")
                .containsEntry("regulars.wallet.google.updates-enabled", "false")
                .containsEntry("regulars.wallet.organization", "Demo Café");

        // a restart finds them: the passes' tokens stay valid
        assertThat(DemoWallet.settings(dir.resolve("wallet"), "Demo Café")).isEqualTo(settings);
        assertThat(certificate(settings.get("regulars.wallet.apple.certificate")).getSerialNumber())
                .isEqualTo(pass.getSerialNumber());
    }

    private static X509Certificate certificate(String file) throws Exception {
        return (X509Certificate) CertificateFactory.getInstance("X.509")
                .generateCertificate(new ByteArrayInputStream(Files.readAllBytes(Path.of(file))));
    }

    private static PrivateKey pkcs8(String pem) throws Exception {
        String base64 = pem.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
        return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder()
                .decode(base64)));
    }

    private static boolean signs(PrivateKey key, X509Certificate certificate) throws Exception {
        byte[] data = "demo".getBytes(StandardCharsets.UTF_8);
        Signature signer = Signature.getInstance("SHA256withRSA");
        signer.initSign(key);
        signer.update(data);
        byte[] signature = signer.sign();
        Signature verifier = Signature.getInstance("SHA256withRSA");
        verifier.initVerify(certificate.getPublicKey());
        verifier.update(data);
        return verifier.verify(signature);
    }
}
