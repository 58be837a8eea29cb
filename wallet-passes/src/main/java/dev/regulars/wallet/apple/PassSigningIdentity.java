package dev.regulars.wallet.apple;

import dev.regulars.wallet.crypto.KeyMaterial;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.Optional;
import org.bouncycastle.asn1.x500.RDN;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x500.style.IETFUtils;

/**
 * The Pass Type ID certificate with its private key, and the Apple WWDR intermediate certificate that issued it
 * (generation G4 for certificates issued since 2022; Apple's PKI page lists them). Loaded from files the operator
 * keeps outside the repository.
 *
 * @param key the pass certificate's private key, RSA or EC
 * @param passCertificate the Pass Type ID certificate
 * @param wwdrCertificate the Apple Worldwide Developer Relations intermediate
 */
public record PassSigningIdentity(PrivateKey key, X509Certificate passCertificate, X509Certificate wwdrCertificate) {

    /** @throws IllegalArgumentException when the key does not belong to the pass certificate */
    public PassSigningIdentity {
        KeyMaterial.requireMatching(key, passCertificate);
    }

    /**
     * From a PEM private key, the pass certificate and the WWDR certificate, each certificate in PEM or DER (Apple
     * serves {@code .cer} files in DER).
     *
     * @param keyPassword for an encrypted key, else {@code null}
     * @throws IllegalArgumentException when a file cannot be read or the key does not fit
     */
    public static PassSigningIdentity fromPem(String keyPem, char[] keyPassword, byte[] passCertificate,
            byte[] wwdrCertificate) {
        return new PassSigningIdentity(KeyMaterial.privateKeyFromPem(keyPem, keyPassword),
                KeyMaterial.certificate(passCertificate), KeyMaterial.certificate(wwdrCertificate));
    }

    /**
     * From the PKCS#12 file Keychain Access exports for the Pass Type ID certificate, and the WWDR certificate.
     *
     * @throws IllegalArgumentException when a file cannot be read or the key does not fit
     */
    public static PassSigningIdentity fromPkcs12(byte[] p12, char[] password, byte[] wwdrCertificate) {
        KeyMaterial.KeyAndChain entry = KeyMaterial.fromPkcs12(p12, password);
        return new PassSigningIdentity(entry.key(), entry.certificate(), KeyMaterial.certificate(wwdrCertificate));
    }

    /** The Pass Type ID named in the certificate's subject UID, as Apple issues them, if it has one. */
    public Optional<String> certifiedPassTypeIdentifier() {
        X500Name subject = X500Name.getInstance(passCertificate.getSubjectX500Principal().getEncoded());
        RDN[] uid = subject.getRDNs(BCStyle.UID);
        return uid.length == 0 ? Optional.empty()
                : Optional.of(IETFUtils.valueToString(uid[0].getFirst().getValue()));
    }
}
