package dev.regulars.wallet.apple;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.cert.CertificateEncodingException;
import java.time.Clock;
import java.util.Date;
import java.util.Hashtable;
import java.util.List;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.cms.Time;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.DefaultSignedAttributeTableGenerator;
import org.bouncycastle.cms.SignerInfoGenerator;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.DigestCalculatorProvider;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;

/**
 * Signs manifest.json as Wallet requires (Wallet Developer Guide, "Building a Pass"; "Creating the Signature"): a
 * detached PKCS#7 / CMS SignedData (RFC 5652) in DER, digest SHA-256, signed with the Pass Type ID certificate's
 * key, its certificates set holding the pass certificate and the Apple WWDR intermediate, and the signed attributes
 * content type, message digest and signing time. BouncyCastle builds it; the JDK's providers do the arithmetic.
 * Thread-safe.
 */
public final class PassSigner {

    private final PassSigningIdentity identity;
    private final Clock clock;
    private final String signatureAlgorithm;
    private final DigestCalculatorProvider digests;
    private final JcaCertStore certificates;

    /** @param clock gives the signing time */
    public PassSigner(PassSigningIdentity identity, Clock clock) {
        this.identity = identity;
        this.clock = clock;
        this.signatureAlgorithm = "EC".equals(identity.key().getAlgorithm()) ? "SHA256withECDSA" : "SHA256withRSA";
        try {
            this.digests = new JcaDigestCalculatorProviderBuilder().build();
            this.certificates = new JcaCertStore(List.of(identity.passCertificate(), identity.wwdrCertificate()));
        } catch (OperatorCreationException | CertificateEncodingException e) {
            throw new IllegalArgumentException("cannot prepare the pass signature: " + e.getMessage(), e);
        }
    }

    /** The key and certificates it signs with. */
    public PassSigningIdentity identity() {
        return identity;
    }

    /**
     * The DER bytes of the detached signature over {@code manifest}, to store as the pass's {@code signature} file.
     */
    public byte[] sign(byte[] manifest) {
        try {
            ContentSigner signer = new JcaContentSignerBuilder(signatureAlgorithm).build(identity.key());
            SignerInfoGenerator signerInfo = new JcaSignerInfoGeneratorBuilder(digests)
                    .setSignedAttributeGenerator(new DefaultSignedAttributeTableGenerator(signingTime()))
                    .build(signer, identity.passCertificate());
            CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
            generator.addSignerInfoGenerator(signerInfo);
            generator.addCertificates(certificates);
            return generator.generate(new CMSProcessableByteArray(manifest), false).getEncoded("DER");
        } catch (OperatorCreationException | CertificateEncodingException | CMSException e) {
            throw new IllegalStateException("cannot sign the pass: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // DefaultSignedAttributeTableGenerator adds content type and message digest itself, and the signing time from
    // the system clock unless one is given: this one comes from the injected clock.
    private AttributeTable signingTime() {
        Attribute time = new Attribute(CMSAttributes.signingTime,
                new DERSet(new Time(Date.from(clock.instant()))));
        Hashtable<Object, Object> table = new Hashtable<>();
        table.put(CMSAttributes.signingTime, time);
        return new AttributeTable(table);
    }
}
