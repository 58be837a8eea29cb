package dev.regulars.server.wallet;

import dev.regulars.wallet.RgbColor;
import dev.regulars.wallet.apple.PassSigningIdentity;
import dev.regulars.wallet.crypto.KeyMaterial;
import dev.regulars.wallet.google.ServiceAccountKey;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Whether the Wallet settings can make passes: every file they name is read and checked once, when the server
 * starts (WalletJobs asks; the key must fit the pass certificate, the service account file must be one); what is
 * wrong is logged then, once, with the file's full path. The card page offers a Wallet only when it is usable, and its
 * links answer 503 with {@link Problem#publicText()} otherwise; pushes and Google updates wait. A fixed file takes
 * a restart, as every setting does.
 */
@ApplicationScoped
public class WalletSetup {

    private static final Logger LOG = Logger.getLogger(WalletSetup.class.getName());

    @Inject
    private WalletSettings settings;
    private Checked checked;

    /**
     * What is wrong with one Wallet's settings.
     *
     * @param publicText for the customer's page: the setting and the file's name, not where it lies
     * @param logText    for the operator: the same with the full path and the cause
     */
    public record Problem(String publicText, String logText) {
    }

    private record Checked(Optional<Problem> apple, Optional<Problem> google) {
    }

    /** Reads and checks the files now (once; later calls find the result), logging what is wrong: at startup. */
    public void check() {
        checked();
    }

    /** Apple Wallet is set up (a Pass Type ID) and its files are usable. */
    public boolean appleUsable() {
        return settings.apple() && checked().apple().isEmpty();
    }

    /** Google Wallet is set up (an issuer id) and its key file is usable. */
    public boolean googleUsable() {
        return settings.google() && checked().google().isEmpty();
    }

    /** What keeps a set-up Apple Wallet from working; empty when nothing does (or it is not set up). */
    public Optional<Problem> appleProblem() {
        return checked().apple();
    }

    /** What keeps a set-up Google Wallet from working; empty when nothing does (or it is not set up). */
    public Optional<Problem> googleProblem() {
        return checked().google();
    }

    private synchronized Checked checked() {
        if (checked == null) {
            checked = new Checked(settings.apple() ? checkApple() : Optional.empty(),
                    settings.google() ? checkGoogle() : Optional.empty());
            checked.apple().ifPresent(p -> LOG.severe("Apple Wallet is off: " + p.logText()));
            checked.google().ifPresent(p -> LOG.severe("Google Wallet is off: " + p.logText()));
            if (settings.apple() && checked.apple().isEmpty()) {
                LOG.info("Apple Wallet is on for " + settings.passTypeId());
            }
            if (settings.google() && checked.google().isEmpty()) {
                LOG.info("Google Wallet is on for issuer " + settings.issuerId());
            }
        }
        return checked;
    }

    private Optional<Problem> checkApple() {
        try {
            new PassTokens(settings.tokenKey().orElseThrow(() -> new Wrong("regulars.wallet.token-key is not set")));
            settings.teamId();
            RgbColor.ofHex(settings.background());
            RgbColor.ofHex(settings.foreground());
            X509Certificate pass = read("regulars.wallet.apple.certificate", settings.certificatePath(),
                    "the pass certificate", KeyMaterial::certificate);
            X509Certificate wwdr = read("regulars.wallet.apple.wwdr-certificate", settings.wwdrCertificatePath(),
                    "the WWDR certificate", KeyMaterial::certificate);
            PrivateKey key = read("regulars.wallet.apple.key", settings.keyPath(), "the pass key",
                    bytes -> KeyMaterial.privateKeyFromPem(new String(bytes, StandardCharsets.UTF_8),
                            settings.keyPassword()));
            try {
                new PassSigningIdentity(key, pass, wwdr);
            } catch (IllegalArgumentException e) {
                throw new Wrong(fileName(settings.keyPath()) + " (regulars.wallet.apple.key) is not the key of the"
                        + " pass certificate " + fileName(settings.certificatePath()), "the key "
                        + settings.keyPath() + " does not belong to the certificate " + settings.certificatePath()
                        + ": " + e.getMessage());
            }
            if (settings.images().isPresent() && !Files.isDirectory(settings.images().get())) {
                throw new Wrong("the pass images folder (regulars.wallet.apple.images) is missing",
                        "regulars.wallet.apple.images: " + settings.images().get() + " is not a readable folder");
            }
            return Optional.empty();
        } catch (Wrong e) {
            return Optional.of(e.problem);
        } catch (WalletSettings.WalletNotSetUp | IllegalArgumentException e) {
            return Optional.of(new Problem(e.getMessage(), e.getMessage()));
        }
    }

    private Optional<Problem> checkGoogle() {
        try {
            read("regulars.wallet.google.service-account", settings.serviceAccountPath(),
                    "the service account key", ServiceAccountKey::parse);
            return Optional.empty();
        } catch (Wrong e) {
            return Optional.of(e.problem);
        } catch (WalletSettings.WalletNotSetUp e) {
            return Optional.of(new Problem(e.getMessage(), e.getMessage()));
        }
    }

    private interface Parser<T> {
        T parse(byte[] bytes);
    }

    /** The file of a setting, read and parsed; a Wrong that names the setting and file otherwise. */
    private static <T> T read(String setting, Path file, String what, Parser<T> parser) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new Wrong(what + " " + fileName(file) + " (" + setting + ") cannot be read",
                    setting + ": " + file.toAbsolutePath() + " cannot be read (" + e.getClass().getSimpleName()
                            + ": " + e.getMessage() + ")");
        }
        try {
            return parser.parse(bytes);
        } catch (RuntimeException e) {
            throw new Wrong(what + " " + fileName(file) + " (" + setting + ") is not usable: " + e.getMessage(),
                    setting + ": " + file.toAbsolutePath() + " is not usable: " + e.getMessage());
        }
    }

    private static String fileName(Path file) {
        return file.getFileName() == null ? file.toString() : file.getFileName().toString();
    }

    /** A problem found while checking, carried out of the checks. */
    private static final class Wrong extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient Problem problem;

        Wrong(String text) {
            this(text, text);
        }

        Wrong(String publicText, String logText) {
            super(logText, null, false, false);
            this.problem = new Problem(publicText, logText);
        }
    }
}
