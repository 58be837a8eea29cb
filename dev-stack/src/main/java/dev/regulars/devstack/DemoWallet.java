package dev.regulars.devstack;

import java.io.IOException;
import java.io.StringWriter;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.openssl.jcajce.JcaPKCS8Generator;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * The demo's own Wallet credentials, made at its first start and kept in its data folder (so passes issued before a
 * restart keep their authentication tokens): a demo CA standing in for Apple's WWDR intermediate, a Pass Type ID
 * certificate under it with its key (subject UID = the Pass Type ID, OU = the team, as Apple issues them), a Google
 * service account key file, and the key of the passes' tokens. Nothing here is secret or committed: a pass signed
 * by this CA opens as a file but no iPhone installs it, and Google refuses the Save link of an issuer it does not
 * know. Pushes and Google updates are switched off in the settings, so the demo never calls Apple or Google.
 */
public final class DemoWallet {

    /** The demo's Pass Type ID and team, printed in its certificate. */
    public static final String PASS_TYPE_ID = "pass.dev.regulars.demo";
    public static final String TEAM_ID = "DEMOTEAM01";
    /** A made-up Google Wallet issuer id. */
    public static final String GOOGLE_ISSUER = "3388000000000000001";

    private static final Duration VALID = Duration.ofDays(5 * 365);

    private DemoWallet() {
    }

    /**
     * The server's Wallet settings for the demo, making the files in {@code dir} first if any is missing.
     *
     * @throws IOException when the folder cannot be written
     */
    public static Map<String, String> settings(Path dir, String organization) throws IOException {
        Path ca = dir.resolve("demo-wwdr-ca.pem");
        Path certificate = dir.resolve("pass-certificate.pem");
        Path key = dir.resolve("pass-key.pem");
        Path google = dir.resolve("google-service-account.json");
        Path tokenKey = dir.resolve("token-key.txt");
        if (!Files.isRegularFile(ca) || !Files.isRegularFile(certificate) || !Files.isRegularFile(key)
                || !Files.isRegularFile(google) || !Files.isRegularFile(tokenKey)) {
            make(dir, ca, certificate, key, google, tokenKey);
        }
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("regulars.wallet.token-key", Files.readString(tokenKey).strip());
        settings.put("regulars.wallet.organization", organization);
        settings.put("regulars.wallet.apple.pass-type-id", PASS_TYPE_ID);
        settings.put("regulars.wallet.apple.team-id", TEAM_ID);
        settings.put("regulars.wallet.apple.certificate", certificate.toAbsolutePath().toString());
        settings.put("regulars.wallet.apple.key", key.toAbsolutePath().toString());
        settings.put("regulars.wallet.apple.wwdr-certificate", ca.toAbsolutePath().toString());
        settings.put("regulars.wallet.apns.enabled", "false");
        settings.put("regulars.wallet.google.issuer-id", GOOGLE_ISSUER);
        settings.put("regulars.wallet.google.service-account", google.toAbsolutePath().toString());
        settings.put("regulars.wallet.google.updates-enabled", "false");
        return settings;
    }

    private static void make(Path dir, Path ca, Path certificate, Path key, Path google, Path tokenKey)
            throws IOException {
        Files.createDirectories(dir);
        try {
            KeyPair caKeys = rsa();
            X500Name caName = new X500Name("CN=Regulars Demo WWDR CA (not Apple), O=Regulars Demo, C=NL");
            X509Certificate caCertificate = issue(caName, caKeys, caName, caKeys.getPrivate(), null, true);
            KeyPair passKeys = rsa();
            X509Certificate pass = issue(new X500Name("UID=" + PASS_TYPE_ID + ", CN=Pass Type ID: " + PASS_TYPE_ID
                    + ", OU=" + TEAM_ID + ", O=Regulars Demo, C=NL"), passKeys, caName, caKeys.getPrivate(),
                    caCertificate, false);
            KeyPair googleKeys = rsa();
            byte[] token = new byte[32];
            new SecureRandom().nextBytes(token);
            Files.writeString(ca, pem(caCertificate));
            Files.writeString(certificate, pem(pass));
            Files.writeString(key, pem(new JcaPKCS8Generator(passKeys.getPrivate(), null)));
            Files.writeString(google, serviceAccount(pem(new JcaPKCS8Generator(googleKeys.getPrivate(), null))));
            Files.writeString(tokenKey, Base64.getEncoder().encodeToString(token) + "\n");
        } catch (GeneralSecurityException | org.bouncycastle.operator.OperatorCreationException e) {
            throw new IllegalStateException("the demo's Wallet certificates could not be made: " + e.getMessage(), e);
        }
    }

    /** A key file shaped like the one Google Cloud's console downloads for a service account. */
    private static String serviceAccount(String privateKeyPem) {
        return "{\n  \"type\": \"service_account\",\n  \"project_id\": \"regulars-demo\",\n"
                + "  \"private_key_id\": \"demo-key\",\n"
                + "  \"private_key\": \"" + privateKeyPem.replace("\r", "").replace("\n", "\\n") + "\",\n"
                + "  \"client_email\": \"wallet@regulars-demo.iam.gserviceaccount.com\",\n"
                + "  \"client_id\": \"100000000000000000001\",\n"
                + "  \"token_uri\": \"https://oauth2.googleapis.com/token\"\n}\n";
    }

    private static KeyPair rsa() throws GeneralSecurityException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        return generator.generateKeyPair();
    }

    private static X509Certificate issue(X500Name subject, KeyPair keys, X500Name issuer, PrivateKey issuerKey,
                                         X509Certificate issuerCertificate, boolean ca)
            throws GeneralSecurityException, IOException, org.bouncycastle.operator.OperatorCreationException {
        Instant now = Instant.now();
        X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(issuer,
                new BigInteger(64, new SecureRandom()), Date.from(now.minus(Duration.ofDays(1))),
                Date.from(now.plus(VALID)), subject, keys.getPublic());
        JcaX509ExtensionUtils utils = new JcaX509ExtensionUtils();
        builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(ca));
        builder.addExtension(Extension.keyUsage, true, new KeyUsage(ca ? KeyUsage.keyCertSign | KeyUsage.cRLSign
                : KeyUsage.digitalSignature));
        builder.addExtension(Extension.subjectKeyIdentifier, false, utils.createSubjectKeyIdentifier(keys.getPublic()));
        if (issuerCertificate != null) {
            builder.addExtension(Extension.authorityKeyIdentifier, false,
                    utils.createAuthorityKeyIdentifier(issuerCertificate));
        }
        return new JcaX509CertificateConverter().getCertificate(
                builder.build(new JcaContentSignerBuilder("SHA256withRSA").build(issuerKey)));
    }

    private static String pem(Object object) throws IOException {
        StringWriter out = new StringWriter();
        try (JcaPEMWriter writer = new JcaPEMWriter(out)) {
            writer.writeObject(object);
        }
        return out.toString();
    }
}
