package dev.regulars.server.wallet;

import dev.regulars.core.identification.CardNumbers;
import dev.regulars.wallet.RgbColor;
import dev.regulars.wallet.apple.PassImages;
import dev.regulars.wallet.apple.PassLocalization;
import dev.regulars.wallet.apple.PassSigner;
import dev.regulars.wallet.apple.PassSigningIdentity;
import dev.regulars.wallet.apple.PkPassBuilder;
import dev.regulars.wallet.apple.StoreCardDesign;
import dev.regulars.wallet.apple.StoreCardValues;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The signed .pkpass of a customer's pass (wallet-passes' PkPassBuilder), with the certificates, look and texts of
 * the settings. The builder is made at the first pass (it reads the key and certificates and prepares the images)
 * and kept. Thread-safe.
 */
@ApplicationScoped
public class AppleWallet {

    @Inject
    private WalletSettings settings;
    @Inject
    private Clock clock;
    private PkPassBuilder builder;
    private PassTokens tokens;

    /**
     * The pass's bytes (application/vnd.apple.pkpass), showing what the pass row holds.
     *
     * @throws WalletSettings.WalletNotSetUp when Apple Wallet or the token key is not set up
     * @throws IllegalArgumentException when a key or certificate file is not usable
     */
    public byte[] build(WalletPass pass, String memberName) {
        String token = tokens().tokenOf(pass.serialNumber());
        return builder().build(new StoreCardValues(pass.serialNumber(), CardNumbers.printed(pass.serialNumber()),
                memberName == null || memberName.isBlank() ? null : memberName, pass.points(), pass.tier(), token,
                pass.news()));
    }

    /**
     * The voided version of a pass whose customer's data was erased: its serial number and token, nothing of the
     * customer (PkPassBuilder#buildVoided).
     *
     * @throws WalletSettings.WalletNotSetUp when Apple Wallet or the token key is not set up
     */
    public byte[] buildVoided(WalletPass pass) {
        return builder().buildVoided(pass.serialNumber(), tokens().tokenOf(pass.serialNumber()));
    }

    /** The Pass Type ID of the passes, to check the web service's paths. */
    public String passTypeIdentifier() {
        return settings.passTypeId();
    }

    private synchronized PassTokens tokens() {
        if (!settings.apple()) {
            throw new WalletSettings.WalletNotSetUp("regulars.wallet.apple.pass-type-id is not set");
        }
        if (tokens == null) {
            tokens = new PassTokens(settings.tokenKey().orElseThrow(() ->
                    new WalletSettings.WalletNotSetUp("regulars.wallet.token-key is not set")));
        }
        return tokens;
    }

    private synchronized PkPassBuilder builder() {
        if (builder == null) {
            PassSigningIdentity identity = PassSigningIdentity.fromPem(settings.key(), settings.keyPassword(),
                    settings.certificate(), settings.wwdrCertificate());
            RgbColor background = RgbColor.ofHex(settings.background());
            RgbColor foreground = RgbColor.ofHex(settings.foreground());
            StoreCardDesign design = new StoreCardDesign(settings.passTypeId(), settings.teamId(),
                    settings.organization(), settings.organization() + " loyalty card", settings.organization(),
                    foreground, background, foreground, URI.create(settings.webServiceUrl()),
                    PassLocalization.standard(), images(background, foreground));
            builder = new PkPassBuilder(design, new PassSigner(identity, clock));
        }
        return builder;
    }

    /**
     * The card's logo as a PNG: the operator's logo.png when the settings name an images folder, else the drawn
     * ring in the card's colours; the Google class shows it (WalletLogoServlet).
     */
    public byte[] logoPng() {
        try {
            if (settings.images().isPresent() && Files.isRegularFile(settings.images().get().resolve("logo.png"))) {
                return Files.readAllBytes(settings.images().get().resolve("logo.png"));
            }
            java.io.ByteArrayOutputStream png = new java.io.ByteArrayOutputStream();
            javax.imageio.ImageIO.write(drawn(150, 150, RgbColor.ofHex(settings.background()),
                    RgbColor.ofHex(settings.foreground())), "png", png);
            return png.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the logo: " + e.getMessage(), e);
        }
    }

    /** The operator's PNG files when the settings name a folder, else a plain icon and logo with the initial. */
    private PassImages images(RgbColor background, RgbColor foreground) {
        if (settings.images().isPresent()) {
            Map<String, byte[]> pngs = new LinkedHashMap<>();
            try (Stream<Path> files = Files.list(settings.images().get())) {
                for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".png")).sorted().toList()) {
                    pngs.put(file.getFileName().toString(), Files.readAllBytes(file));
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the pass images: " + e.getMessage(), e);
            }
            return PassImages.ofPngs(pngs);
        }
        return PassImages.fromSources(drawn(114, 114, background, foreground),
                drawn(150, 150, background, foreground), null);
    }

    /** A ring in the card's colours: no fonts needed, so it draws on a server without any installed. */
    private static BufferedImage drawn(int width, int height, RgbColor background, RgbColor foreground) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setColor(new Color(background.red(), background.green(), background.blue()));
            g.fillRect(0, 0, width, height);
            g.setColor(new Color(foreground.red(), foreground.green(), foreground.blue()));
            int size = Math.min(width, height) * 2 / 3;
            g.setStroke(new java.awt.BasicStroke(size / 6f));
            g.drawOval((width - size) / 2, (height - size) / 2, size, size);
        } finally {
            g.dispose();
        }
        return image;
    }
}
