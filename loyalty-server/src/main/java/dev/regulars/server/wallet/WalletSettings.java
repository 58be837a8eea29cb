package dev.regulars.server.wallet;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The Wallet settings, from MicroProfile Config like the other settings (-D, Payara Micro's --systemProperties
 * file or the environment). Certificates and keys are files the settings name, kept outside the repository
 * (wallet-passes/README.md says where each comes from). Apple is on when {@code regulars.wallet.apple.pass-type-id}
 * is set, Google when {@code regulars.wallet.google.issuer-id} is (as the card page's WalletLinks decides). Read
 * through the accessors: the bean is injected as a proxy.
 */
@ApplicationScoped
public class WalletSettings {

    @Inject
    @ConfigProperty(name = "regulars.public-url", defaultValue = "http://localhost:8080")
    private String publicUrl;
    /** Base64 of at least 32 random bytes: the key of the passes' authentication tokens (PassTokens). */
    @Inject
    @ConfigProperty(name = "regulars.wallet.token-key")
    private Optional<String> tokenKey;

    @Inject
    @ConfigProperty(name = "regulars.wallet.apple.pass-type-id")
    private Optional<String> passTypeId;
    @Inject
    @ConfigProperty(name = "regulars.wallet.apple.team-id")
    private Optional<String> teamId;
    /** The Pass Type ID certificate (PEM or DER), its PEM private key and the Apple WWDR intermediate. */
    @Inject
    @ConfigProperty(name = "regulars.wallet.apple.certificate")
    private Optional<String> certificate;
    @Inject
    @ConfigProperty(name = "regulars.wallet.apple.key")
    private Optional<String> key;
    @Inject
    @ConfigProperty(name = "regulars.wallet.apple.key-password")
    private Optional<String> keyPassword;
    @Inject
    @ConfigProperty(name = "regulars.wallet.apple.wwdr-certificate")
    private Optional<String> wwdrCertificate;
    @Inject
    @ConfigProperty(name = "regulars.wallet.organization", defaultValue = "Regulars")
    private String organization;
    /** A folder with icon.png, logo.png, strip.png and their @2x/@3x; empty: a plain icon and logo are drawn. */
    @Inject
    @ConfigProperty(name = "regulars.wallet.apple.images")
    private Optional<String> images;
    @Inject
    @ConfigProperty(name = "regulars.wallet.background", defaultValue = "#6f3b1e")
    private String background;
    @Inject
    @ConfigProperty(name = "regulars.wallet.foreground", defaultValue = "#fdf6ec")
    private String foreground;
    /** APNs: Apple's production server unless a test stands in; a PEM CA certificate to trust, for such a test. */
    @Inject
    @ConfigProperty(name = "regulars.wallet.apns.url", defaultValue = "https://api.push.apple.com:443")
    private String apnsUrl;
    @Inject
    @ConfigProperty(name = "regulars.wallet.apns.trust-certificate")
    private Optional<String> apnsTrust;
    @Inject
    @ConfigProperty(name = "regulars.wallet.apns.enabled", defaultValue = "true")
    private boolean apnsEnabled;
    @Inject
    @ConfigProperty(name = "regulars.wallet.google.updates-enabled", defaultValue = "true")
    private boolean googleUpdatesEnabled;

    @Inject
    @ConfigProperty(name = "regulars.wallet.google.issuer-id")
    private Optional<String> issuerId;
    @Inject
    @ConfigProperty(name = "regulars.wallet.google.class-suffix", defaultValue = "regulars")
    private String classSuffix;
    /** The service account's JSON key file. */
    @Inject
    @ConfigProperty(name = "regulars.wallet.google.service-account")
    private Optional<String> serviceAccount;
    /** A public https URL of the program's logo (Google fetches it); empty: the server's own (WalletLogoServlet). */
    @Inject
    @ConfigProperty(name = "regulars.wallet.google.logo-url")
    private Optional<String> logoUrl;
    @Inject
    @ConfigProperty(name = "regulars.wallet.google.api-url",
            defaultValue = "https://walletobjects.googleapis.com/walletobjects/v1")
    private String googleApi;
    /** Overrides the key file's token_uri (a test's token endpoint). */
    @Inject
    @ConfigProperty(name = "regulars.wallet.google.token-url")
    private Optional<String> googleTokenUrl;
    /** How long a balance change waits for others to join it before the Google object is patched. */
    @Inject
    @ConfigProperty(name = "regulars.wallet.google.settle-seconds", defaultValue = "30")
    private int settleSeconds;

    public String publicUrl() {
        return publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    }

    /** The webServiceURL of every pass: the PassKit web service (PassKitServlet). */
    public String webServiceUrl() {
        return publicUrl() + "/passkit";
    }

    public boolean apple() {
        return passTypeId.filter(s -> !s.isBlank()).isPresent();
    }

    public boolean google() {
        return issuerId.filter(s -> !s.isBlank()).isPresent();
    }

    public Optional<String> tokenKey() {
        return tokenKey.filter(s -> !s.isBlank());
    }

    public String passTypeId() {
        return passTypeId.orElse("");
    }

    public String teamId() {
        return required(teamId, "regulars.wallet.apple.team-id");
    }

    public byte[] certificate() {
        return file(required(certificate, "regulars.wallet.apple.certificate"));
    }

    public String key() {
        return new String(file(required(key, "regulars.wallet.apple.key")), java.nio.charset.StandardCharsets.UTF_8);
    }

    /** The files the settings name (WalletSetup checks them at startup). */
    public Path certificatePath() {
        return Path.of(required(certificate, "regulars.wallet.apple.certificate"));
    }

    public Path keyPath() {
        return Path.of(required(key, "regulars.wallet.apple.key"));
    }

    public Path wwdrCertificatePath() {
        return Path.of(required(wwdrCertificate, "regulars.wallet.apple.wwdr-certificate"));
    }

    public Path serviceAccountPath() {
        return Path.of(required(serviceAccount, "regulars.wallet.google.service-account"));
    }

    public char[] keyPassword() {
        return keyPassword.filter(s -> !s.isEmpty()).map(String::toCharArray).orElse(null);
    }

    public byte[] wwdrCertificate() {
        return file(required(wwdrCertificate, "regulars.wallet.apple.wwdr-certificate"));
    }

    public String organization() {
        return organization;
    }

    public Optional<Path> images() {
        return images.filter(s -> !s.isBlank()).map(Path::of);
    }

    public String background() {
        return background;
    }

    public String foreground() {
        return foreground;
    }

    public String apnsUrl() {
        return apnsUrl;
    }

    /** Off: pushes are dropped with a log line instead of sent (the demo, whose passes no phone installs). */
    public boolean apnsEnabled() {
        return apnsEnabled;
    }

    /** Off: Google object updates are dropped with a log line instead of sent (the demo). */
    public boolean googleUpdatesEnabled() {
        return googleUpdatesEnabled;
    }

    public Optional<byte[]> apnsTrust() {
        return apnsTrust.filter(s -> !s.isBlank()).map(WalletSettings::file);
    }

    public String issuerId() {
        return issuerId.orElse("");
    }

    public String classSuffix() {
        return classSuffix;
    }

    public byte[] serviceAccount() {
        return file(required(serviceAccount, "regulars.wallet.google.service-account"));
    }

    /**
     * The Google class's logo: the setting, else the server's own {@code /wallet-logo.png} when the public URL is
     * https (Google fetches only https), else none.
     */
    public Optional<String> logoUrl() {
        Optional<String> set = logoUrl.filter(s -> !s.isBlank());
        if (set.isPresent()) {
            return set;
        }
        return publicUrl().startsWith("https://") ? Optional.of(publicUrl() + "/wallet-logo.png") : Optional.empty();
    }

    public String googleApi() {
        return googleApi;
    }

    public Optional<String> googleTokenUrl() {
        return googleTokenUrl.filter(s -> !s.isBlank());
    }

    public int settleSeconds() {
        return settleSeconds;
    }

    private static String required(Optional<String> value, String name) {
        return value.filter(s -> !s.isBlank()).orElseThrow(() -> new WalletNotSetUp(name + " is not set"));
    }

    private static byte[] file(String path) {
        try {
            return Files.readAllBytes(Path.of(path));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the Wallet file " + path + ": " + e.getMessage(), e);
        }
    }

    /**
     * A Wallet is set up but its files are not usable (WalletSetup says what is wrong): the card page answers 503
     * with the words instead of a broken pass or a 500.
     */
    public static final class WalletUnusable extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public WalletUnusable(String message) {
            super(message);
        }
    }

    /** A setting Wallet needs is missing: the server says so in words instead of making a broken pass. */
    public static final class WalletNotSetUp extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public WalletNotSetUp(String message) {
            super(message);
        }
    }
}
