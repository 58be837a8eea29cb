package dev.regulars.wallet.crypto;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.cert.Certificate;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.bouncycastle.openssl.PEMEncryptedKeyPair;
import org.bouncycastle.openssl.PEMKeyPair;
import org.bouncycastle.openssl.PEMParser;
import org.bouncycastle.openssl.jcajce.JcaPEMKeyConverter;
import org.bouncycastle.openssl.jcajce.JceOpenSSLPKCS8DecryptorProviderBuilder;
import org.bouncycastle.openssl.jcajce.JcePEMDecryptorProviderBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.pkcs.PKCS8EncryptedPrivateKeyInfo;
import org.bouncycastle.pkcs.PKCSException;

/**
 * Reads the keys and certificates the caller keeps outside the repository: PEM private keys (PKCS#8
 * {@code PRIVATE KEY}, encrypted PKCS#8, OpenSSL's {@code RSA PRIVATE KEY} and {@code EC PRIVATE KEY}, the form of
 * Apple's {@code .p8} APNs keys and of Google's service account keys), certificates in PEM or DER, and PKCS#12
 * files (what Keychain Access exports for a Pass Type ID certificate). Parsing is BouncyCastle's {@link PEMParser}.
 */
public final class KeyMaterial {

    // for the ciphers of encrypted PEM keys (e.g. AES/CBC/PKCS7Padding), which the JDK names otherwise; used
    // through this instance, never registered globally
    private static final BouncyCastleProvider BC = new BouncyCastleProvider();

    private KeyMaterial() {
    }

    /**
     * The first private key in a PEM text.
     *
     * @param password for an encrypted key, or {@code null} when it is not encrypted
     * @throws IllegalArgumentException when the text holds no private key, or it is encrypted and the password is
     *     missing or wrong
     */
    public static PrivateKey privateKeyFromPem(String pem, char[] password) {
        JcaPEMKeyConverter converter = new JcaPEMKeyConverter();
        try (PEMParser parser = new PEMParser(new StringReader(pem))) {
            for (Object item = parser.readObject(); item != null; item = parser.readObject()) {
                if (item instanceof PrivateKeyInfo info) {
                    return converter.getPrivateKey(info);
                }
                if (item instanceof PEMKeyPair pair) {
                    // not getKeyPair: an EC PRIVATE KEY may leave out its public key
                    return converter.getPrivateKey(pair.getPrivateKeyInfo());
                }
                if (item instanceof PKCS8EncryptedPrivateKeyInfo encrypted) {
                    requirePassword(password);
                    return converter.getPrivateKey(encrypted.decryptPrivateKeyInfo(
                            new JceOpenSSLPKCS8DecryptorProviderBuilder().setProvider(BC).build(password)));
                }
                if (item instanceof PEMEncryptedKeyPair encrypted) {
                    requirePassword(password);
                    return converter.getPrivateKey(encrypted.decryptKeyPair(
                            new JcePEMDecryptorProviderBuilder().setProvider(BC).build(password))
                            .getPrivateKeyInfo());
                }
            }
        } catch (IOException | OperatorCreationException | PKCSException e) {
            throw new IllegalArgumentException("cannot read the private key: " + e.getMessage(), e);
        }
        throw new IllegalArgumentException("no private key in the PEM text");
    }

    /** {@link #privateKeyFromPem(String, char[])} for a key that is not encrypted. */
    public static PrivateKey privateKeyFromPem(String pem) {
        return privateKeyFromPem(pem, null);
    }

    /**
     * Every X.509 certificate in PEM (one or more blocks) or DER bytes, in their order.
     *
     * @throws IllegalArgumentException when there is none or one cannot be read
     */
    public static List<X509Certificate> certificates(byte[] pemOrDer) {
        try {
            List<X509Certificate> out = new ArrayList<>();
            for (Certificate c : CertificateFactory.getInstance("X.509")
                    .generateCertificates(new ByteArrayInputStream(pemOrDer))) {
                out.add((X509Certificate) c);
            }
            if (out.isEmpty()) {
                throw new IllegalArgumentException("no certificate found");
            }
            return List.copyOf(out);
        } catch (CertificateException e) {
            throw new IllegalArgumentException("cannot read the certificate: " + e.getMessage(), e);
        }
    }

    /** The first certificate of {@link #certificates(byte[])}. */
    public static X509Certificate certificate(byte[] pemOrDer) {
        return certificates(pemOrDer).get(0);
    }

    /** {@link #certificate(byte[])} of a PEM text. */
    public static X509Certificate certificate(String pem) {
        return certificate(pem.getBytes(StandardCharsets.US_ASCII));
    }

    /**
     * The first key entry of a PKCS#12 file: its private key and certificate chain (leaf first).
     *
     * @throws IllegalArgumentException when the file cannot be opened with the password or holds no key entry
     */
    public static KeyAndChain fromPkcs12(byte[] p12, char[] password) {
        try {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(new ByteArrayInputStream(p12), password);
            for (String alias : Collections.list(store.aliases())) {
                if (!store.isKeyEntry(alias)) {
                    continue;
                }
                Key key = store.getKey(alias, password);
                if (key instanceof PrivateKey privateKey) {
                    List<X509Certificate> chain = new ArrayList<>();
                    for (Certificate c : store.getCertificateChain(alias)) {
                        chain.add((X509Certificate) c);
                    }
                    return new KeyAndChain(privateKey, chain);
                }
            }
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalArgumentException("cannot open the PKCS#12 file: " + e.getMessage(), e);
        }
        throw new IllegalArgumentException("no private key in the PKCS#12 file");
    }

    /**
     * Checks that a private key belongs to a certificate by signing a few bytes and verifying them with the
     * certificate's public key, so a wrong pair fails when it is loaded rather than on the phone.
     *
     * @throws IllegalArgumentException when they do not belong together
     */
    public static void requireMatching(PrivateKey key, X509Certificate certificate) {
        String algorithm = "EC".equals(key.getAlgorithm()) ? "SHA256withECDSA" : "SHA256withRSA";
        byte[] probe = "regulars key check".getBytes(StandardCharsets.US_ASCII);
        try {
            Signature signer = Signature.getInstance(algorithm);
            signer.initSign(key);
            signer.update(probe);
            byte[] signature = signer.sign();
            Signature verifier = Signature.getInstance(algorithm);
            verifier.initVerify(certificate.getPublicKey());
            verifier.update(probe);
            if (verifier.verify(signature)) {
                return;
            }
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("the private key does not belong to the certificate "
                    + certificate.getSubjectX500Principal() + ": " + e.getMessage(), e);
        }
        throw new IllegalArgumentException("the private key does not belong to the certificate "
                + certificate.getSubjectX500Principal());
    }

    private static void requirePassword(char[] password) {
        if (password == null) {
            throw new IllegalArgumentException("the private key is encrypted: a password is needed");
        }
    }

    /**
     * A private key and its certificate chain, leaf first.
     *
     * @param chain at least the certificate of {@code key}
     */
    public record KeyAndChain(PrivateKey key, List<X509Certificate> chain) {
        /** @throws IllegalArgumentException when the chain is empty */
        public KeyAndChain {
            chain = List.copyOf(chain);
            if (chain.isEmpty()) {
                throw new IllegalArgumentException("a key needs its certificate");
            }
        }

        /** The key's own certificate. */
        public X509Certificate certificate() {
            return chain.get(0);
        }
    }
}
