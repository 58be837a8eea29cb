package dev.regulars.server.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.regulars.server.platform.Problem;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/** Pictures are told by their bytes: real PNGs and JPEGs pass, anything else is said in words. */
public class ImageCheckTest {

    /** A picture of {@code side} pixels a side in this format; noise makes it large (it does not compress). */
    public static byte[] picture(String format, int side, boolean noise) throws IOException {
        BufferedImage image = new BufferedImage(side, side, BufferedImage.TYPE_INT_RGB);
        Random random = new Random(side);
        for (int y = 0; y < side; y++) {
            for (int x = 0; x < side; x++) {
                image.setRGB(x, y, noise ? random.nextInt() : 0x6F4E37);
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, format, out);
        return out.toByteArray();
    }

    @Test
    void pngAndJpegPassWithTheirTypeAndHash() throws IOException {
        byte[] png = picture("png", 64, false);
        ImageCheck.Checked checked = ImageCheck.check(png);
        assertThat(checked.contentType()).isEqualTo("image/png");
        assertThat(checked.sha256()).matches("[0-9a-f]{64}");
        assertThat(ImageCheck.check(picture("jpg", 64, false)).contentType()).isEqualTo("image/jpeg");
    }

    @Test
    void aTextFileNamedLikeAPictureIsNotOne() {
        byte[] text = "just some words, saved as menu.png".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> ImageCheck.check(text)).isInstanceOfSatisfying(Problem.class,
                p -> assertThat(p.getMessage()).isEqualTo("That file is not a PNG or JPEG picture (whatever its name"
                        + " says)"));
        assertThatThrownBy(() -> ImageCheck.check(new byte[0])).hasMessageStartingWith("The file is empty");
    }

    @Test
    void aBrokenPictureWithTheRightFirstBytesIsNotOne() throws IOException {
        byte[] png = picture("png", 64, false);
        byte[] broken = Arrays.copyOf(png, 12); // the signature, and not even a whole header
        assertThatThrownBy(() -> ImageCheck.check(broken)).hasMessageStartingWith("That file is not a PNG or JPEG");
        byte[] gif = picture("gif", 16, false);
        assertThatThrownBy(() -> ImageCheck.check(gif)).hasMessageStartingWith("That file is not a PNG or JPEG");
    }

    @Test
    void aPictureOver256KbIsRefusedWithItsSize() throws IOException {
        byte[] big = picture("png", 400, true);
        assertThat(big.length).isGreaterThan(ImageCheck.MAX_BYTES);
        assertThatThrownBy(() -> ImageCheck.check(big)).isInstanceOfSatisfying(Problem.class, p -> {
            assertThat(p.key()).isEqualTo("catalog.image.tooBig");
            assertThat(p.getMessage()).matches("The picture is \\d+ KB; at most 256 KB .*");
        });
    }
}
