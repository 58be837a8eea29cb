package dev.regulars.wallet.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.regulars.wallet.TestPki;
import dev.regulars.wallet.apple.PassSigningIdentity;
import java.io.ByteArrayOutputStream;
import java.io.StringWriter;
import org.bouncycastle.asn1.DERBitString;
import org.bouncycastle.asn1.sec.ECPrivateKey;
import org.bouncycastle.asn1.sec.SECObjectIdentifiers;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.util.io.pem.PemObject;
import org.bouncycastle.util.io.pem.PemWriter;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyStore;
import java.security.PrivateKey;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.bouncycastle.openssl.jcajce.JcaPKCS8Generator;
import org.bouncycastle.openssl.jcajce.JceOpenSSLPKCS8EncryptorBuilder;
import org.junit.jupiter.api.Test;

class KeyMaterialTest {

    private final TestPki pki = TestPki.get();

    @Test
    void reads_pkcs8_and_openssls_own_rsa_and_ec_key_forms() throws Exception {
        KeyPair rsa = pki.passRsaKeys;
        KeyPair ec = pki.passEcKeys;

        // JcaPEMWriter writes an RSA KeyPair in OpenSSL's form
        assertThat(TestPki.pem(rsa)).startsWith("-----BEGIN RSA PRIVATE KEY-----");
        assertThat(same(KeyMaterial.privateKeyFromPem(TestPki.pem(rsa)), rsa.getPrivate())).isTrue();
        assertThat(same(KeyMaterial.privateKeyFromPem(sec1(ec, true)), ec.getPrivate())).isTrue();
        assertThat(same(KeyMaterial.privateKeyFromPem(sec1(ec, false)), ec.getPrivate())).isTrue();
        String pkcs8 = TestPki.pem(new JcaPKCS8Generator(rsa.getPrivate(), null));
        assertThat(pkcs8).startsWith("-----BEGIN PRIVATE KEY-----");
        assertThat(same(KeyMaterial.privateKeyFromPem(pkcs8), rsa.getPrivate())).isTrue();
    }

    @Test
    void reads_an_encrypted_pkcs8_key_with_its_password_only() throws Exception {
        char[] password = "correct horse".toCharArray();
        String encrypted = TestPki.pem(new JcaPKCS8Generator(pki.passRsaKeys.getPrivate(),
                new JceOpenSSLPKCS8EncryptorBuilder(JcaPKCS8Generator.AES_256_CBC).setProvider(new BouncyCastleProvider()).setPassword(password).build()));

        assertThat(encrypted).startsWith("-----BEGIN ENCRYPTED PRIVATE KEY-----");
        assertThat(same(KeyMaterial.privateKeyFromPem(encrypted, password), pki.passRsaKeys.getPrivate())).isTrue();
        assertThatThrownBy(() -> KeyMaterial.privateKeyFromPem(encrypted, "wrong".toCharArray()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> KeyMaterial.privateKeyFromPem(encrypted))
                .hasMessageContaining("password");
    }

    @Test
    void reads_certificates_in_pem_or_der_and_refuses_what_holds_none() throws Exception {
        String chain = TestPki.pem(pki.passRsa) + TestPki.pem(pki.wwdr);

        assertThat(KeyMaterial.certificates(chain.getBytes(StandardCharsets.US_ASCII)))
                .containsExactly(pki.passRsa, pki.wwdr);
        assertThat(KeyMaterial.certificate(pki.wwdr.getEncoded())).isEqualTo(pki.wwdr);
        assertThatThrownBy(() -> KeyMaterial.certificate("no certificate".getBytes()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> KeyMaterial.privateKeyFromPem(TestPki.pem(pki.wwdr)))
                .hasMessageContaining("no private key");
    }

    @Test
    void loads_the_pass_identity_from_pem_files_or_a_pkcs12_export() throws Exception {
        PassSigningIdentity fromPem = PassSigningIdentity.fromPem(TestPki.pem(pki.passRsaKeys), null,
                TestPki.pem(pki.passRsa).getBytes(StandardCharsets.US_ASCII), pki.wwdr.getEncoded());
        assertThat(fromPem.passCertificate()).isEqualTo(pki.passRsa);
        assertThat(fromPem.wwdrCertificate()).isEqualTo(pki.wwdr);

        char[] password = "export".toCharArray();
        KeyStore store = TestPki.keyStore(pki.passRsaKeys.getPrivate(), password, pki.passRsa, pki.wwdr);
        ByteArrayOutputStream p12 = new ByteArrayOutputStream();
        store.store(p12, password);
        PassSigningIdentity fromP12 = PassSigningIdentity.fromPkcs12(p12.toByteArray(), password,
                TestPki.pem(pki.wwdr).getBytes(StandardCharsets.US_ASCII));
        assertThat(fromP12.passCertificate()).isEqualTo(pki.passRsa);
        assertThat(same(fromP12.key(), pki.passRsaKeys.getPrivate())).isTrue();
        assertThatThrownBy(() -> PassSigningIdentity.fromPkcs12(p12.toByteArray(), "nope".toCharArray(),
                pki.wwdr.getEncoded())).isInstanceOf(IllegalArgumentException.class);
    }

    /** An EC key as {@code openssl ecparam -genkey} writes it (SEC1, named curve), with or without its public key. */
    private static String sec1(KeyPair ec, boolean withPublicKey) throws Exception {
        DERBitString point = withPublicKey
                ? new DERBitString(SubjectPublicKeyInfo.getInstance(ec.getPublic().getEncoded()).getPublicKeyData().getOctets()) : null;
        ECPrivateKey key = new ECPrivateKey(256, ((java.security.interfaces.ECPrivateKey) ec.getPrivate()).getS(),
                point, SECObjectIdentifiers.secp256r1);
        StringWriter out = new StringWriter();
        try (PemWriter writer = new PemWriter(out)) {
            writer.writeObject(new PemObject("EC PRIVATE KEY", key.getEncoded()));
        }
        return out.toString();
    }

    // the same key may be encoded with or without its public part: compare the secret numbers
    private static boolean same(PrivateKey a, PrivateKey b) {
        if (a instanceof java.security.interfaces.ECPrivateKey x && b instanceof java.security.interfaces.ECPrivateKey y) {
            return x.getS().equals(y.getS()) && x.getParams().getCurve().equals(y.getParams().getCurve());
        }
        if (a instanceof java.security.interfaces.RSAPrivateKey x && b instanceof java.security.interfaces.RSAPrivateKey y) {
            return x.getModulus().equals(y.getModulus()) && x.getPrivateExponent().equals(y.getPrivateExponent());
        }
        return false;
    }
}
