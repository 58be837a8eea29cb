package dev.regulars.wallet.apple.push;

import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.List;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/** TLS contexts for {@link ApnsClient}: whom to trust, and the client certificate for certificate-based pushes. */
public final class ApnsTls {

    private static final char[] IN_MEMORY = "in-memory".toCharArray();

    private ApnsTls() {
    }

    /**
     * Trusts the roots of a trust store, or the JDK's own when it is {@code null} (Apple's servers chain to a
     * public root).
     *
     * @throws IllegalArgumentException when the store cannot be used
     */
    public static SSLContext serverTrust(KeyStore trustStore) {
        return context(null, trustStore);
    }

    /**
     * Presents the Pass Type ID certificate (with its chain) as TLS client certificate (Apple, "Establishing a
     * certificate-based connection to APNs").
     *
     * @param trustStore the server's roots, or {@code null} for the JDK's
     * @throws IllegalArgumentException when the key or certificates cannot be used
     */
    public static SSLContext clientCertificate(PrivateKey key, List<X509Certificate> chain, KeyStore trustStore) {
        try {
            KeyStore keys = KeyStore.getInstance("PKCS12");
            keys.load(null, null);
            keys.setKeyEntry("client", key, IN_MEMORY, chain.toArray(X509Certificate[]::new));
            KeyManagerFactory managers = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            managers.init(keys, IN_MEMORY);
            return context(managers, trustStore);
        } catch (GeneralSecurityException | java.io.IOException e) {
            throw new IllegalArgumentException("cannot use the client certificate: " + e.getMessage(), e);
        }
    }

    private static SSLContext context(KeyManagerFactory keys, KeyStore trustStore) {
        try {
            TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            trust.init(trustStore);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(keys == null ? null : keys.getKeyManagers(), trust.getTrustManagers(), null);
            return context;
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("cannot make the TLS context: " + e.getMessage(), e);
        }
    }
}
