package dev.regulars.wallet;

import java.io.StringWriter;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.concurrent.atomic.AtomicLong;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * A certificate hierarchy made at test time, shaped like Apple's: a root CA, a WWDR-like intermediate, and Pass
 * Type ID certificates under it (subject UID = the Pass Type ID, OU = the team); plus a TLS server certificate for
 * localhost under the same root. Nothing here is secret or kept.
 */
public final class TestPki {

    public static final String PASS_TYPE_ID = "pass.dev.regulars.test";
    public static final String TEAM_ID = "ABCDE12345";

    private static final AtomicLong SERIALS = new AtomicLong(1000);
    private static TestPki instance;

    public final KeyPair rootKeys;
    public final X509Certificate root;
    public final KeyPair wwdrKeys;
    public final X509Certificate wwdr;
    public final KeyPair passRsaKeys;
    public final X509Certificate passRsa;
    public final KeyPair passEcKeys;
    public final X509Certificate passEc;
    public final KeyPair serverKeys;
    public final X509Certificate server;

    private TestPki() throws Exception {
        rootKeys = rsa();
        root = issue(new X500Name("CN=Regulars Test Root CA, O=Regulars Test"), rootKeys, null, null, true);
        wwdrKeys = rsa();
        wwdr = issue(new X500Name("CN=Regulars Test Worldwide Developer Relations CA, OU=G4, O=Regulars Test"),
                wwdrKeys, root, rootKeys.getPrivate(), true);
        X500Name passSubject = new X500Name("UID=" + PASS_TYPE_ID + ", CN=Pass Type ID: " + PASS_TYPE_ID
                + ", OU=" + TEAM_ID + ", O=Regulars Test, C=NL");
        passRsaKeys = rsa();
        passRsa = issue(passSubject, passRsaKeys, wwdr, wwdrKeys.getPrivate(), false);
        passEcKeys = ec();
        passEc = issue(passSubject, passEcKeys, wwdr, wwdrKeys.getPrivate(), false);
        serverKeys = rsa();
        server = issue(new X500Name("CN=localhost"), serverKeys, root, rootKeys.getPrivate(), false);
    }

    /** The one hierarchy of this test JVM (RSA keys take a while to make). */
    public static synchronized TestPki get() {
        if (instance == null) {
            try {
                instance = new TestPki();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
        return instance;
    }

    public static KeyPair rsa() throws GeneralSecurityException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        return generator.generateKeyPair();
    }

    public static KeyPair ec() throws GeneralSecurityException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec("secp256r1"));
        return generator.generateKeyPair();
    }

    private static X509Certificate issue(X500Name subject, KeyPair keys, X509Certificate issuer,
            PrivateKey issuerKey, boolean ca) throws Exception {
        Instant now = Instant.now();
        X500Name issuerName = issuer == null ? subject : X500Name.getInstance(
                issuer.getSubjectX500Principal().getEncoded());
        X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(issuerName,
                BigInteger.valueOf(SERIALS.incrementAndGet()), Date.from(now.minus(Duration.ofDays(1))),
                Date.from(now.plus(Duration.ofDays(365))), subject, keys.getPublic());
        JcaX509ExtensionUtils utils = new JcaX509ExtensionUtils();
        builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(ca));
        builder.addExtension(Extension.keyUsage, true, new KeyUsage(ca
                ? KeyUsage.keyCertSign | KeyUsage.cRLSign
                : KeyUsage.digitalSignature | KeyUsage.keyEncipherment));
        builder.addExtension(Extension.subjectKeyIdentifier, false,
                utils.createSubjectKeyIdentifier(keys.getPublic()));
        if (issuer != null) {
            builder.addExtension(Extension.authorityKeyIdentifier, false,
                    utils.createAuthorityKeyIdentifier(issuer));
        }
        if (subject.toString().equals("CN=localhost")) {
            builder.addExtension(Extension.subjectAlternativeName, false, new GeneralNames(new GeneralName[] {
                new GeneralName(GeneralName.dNSName, "localhost"),
                new GeneralName(GeneralName.iPAddress, "127.0.0.1")}));
        }
        PrivateKey signingKey = issuerKey == null ? keys.getPrivate() : issuerKey;
        String algorithm = "EC".equals(signingKey.getAlgorithm()) ? "SHA256withECDSA" : "SHA256withRSA";
        return new JcaX509CertificateConverter().getCertificate(
                builder.build(new JcaContentSignerBuilder(algorithm).build(signingKey)));
    }

    /** PEM text of a certificate, key or other object BouncyCastle can write. */
    public static String pem(Object object) {
        StringWriter out = new StringWriter();
        try (JcaPEMWriter writer = new JcaPEMWriter(out)) {
            writer.writeObject(object);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
        return out.toString();
    }

    /** A PKCS#12 key store in memory with one key entry. */
    public static KeyStore keyStore(PrivateKey key, char[] password, X509Certificate... chain) throws Exception {
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(null, null);
        store.setKeyEntry("key", key, password, chain);
        return store;
    }

    /** A trust store holding the root. */
    public KeyStore trustStore() throws Exception {
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(null, null);
        store.setCertificateEntry("root", root);
        return store;
    }
}
