package dev.regulars.wallet.apple;

import dev.regulars.wallet.RgbColor;
import dev.regulars.wallet.TestPki;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/** A store card design and values as the server would fill them, signed with the test hierarchy. */
public final class PassFixtures {

    private static PassImages images;

    private PassFixtures() {
    }

    /** A coffee-cup-like drawing, shapes only (no fonts on a headless machine). */
    public static BufferedImage artwork(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setPaint(new GradientPaint(0, 0, new Color(0x6f, 0x3b, 0x1e), width, height, new Color(0xd9, 0x95, 0x4a)));
        g.fillRoundRect(width / 8, height / 4, width * 5 / 8, height * 5 / 8, width / 6, height / 6);
        g.setColor(new Color(0xf4, 0xe3, 0xc3));
        g.fillOval(width * 9 / 16, height * 3 / 8, width / 3, height / 3);
        g.dispose();
        return image;
    }

    public static synchronized PassImages images() {
        if (images == null) {
            images = PassImages.fromSources(artwork(512, 512), artwork(960, 300), artwork(1125, 432));
        }
        return images;
    }

    public static StoreCardDesign design(PassLocalization localization) {
        return new StoreCardDesign(TestPki.PASS_TYPE_ID, TestPki.TEAM_ID, "Regulars Coffee",
                "Regulars Coffee loyalty card", "Regulars", RgbColor.ofHex("#fdf6ec"), RgbColor.ofHex("#6f3b1e"),
                RgbColor.ofHex("#f4e3c3"), URI.create("https://regulars.example/passkit"), localization, images());
    }

    public static StoreCardValues values(long points, String tier) {
        return new StoreCardValues("0f3c2a9e-5d41-4c8b-9a77-1b2c3d4e5f60", "RC-000042-7", "Eva", points, tier,
                "k9dQ2mV7xT4pL8sW3nB6yR1c");
    }

    public static PassSigningIdentity rsaIdentity() {
        TestPki pki = TestPki.get();
        return new PassSigningIdentity(pki.passRsaKeys.getPrivate(), pki.passRsa, pki.wwdr);
    }

    public static PassSigningIdentity ecIdentity() {
        TestPki pki = TestPki.get();
        return new PassSigningIdentity(pki.passEcKeys.getPrivate(), pki.passEc, pki.wwdr);
    }

    public static PkPassBuilder builder(PassSigningIdentity identity, Clock clock) {
        return new PkPassBuilder(design(PassLocalization.standard()), new PassSigner(identity, clock));
    }

    /** The zip's entries by name, in their order. */
    public static Map<String, byte[]> unzip(byte[] zip) throws IOException {
        Map<String, byte[]> files = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                files.put(entry.getName(), in.readAllBytes());
            }
        }
        return files;
    }
}
