package dev.regulars.wallet.apple;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class PassImagesTest {

    @Test
    void scales_each_image_to_its_box_at_three_scales_keeping_proportions() {
        PassImages images = PassImages.fromSources(PassFixtures.artwork(300, 300), PassFixtures.artwork(1000, 200),
                null);

        assertThat(images.files().keySet()).containsExactly("icon.png", "icon@2x.png", "icon@3x.png",
                "logo.png", "logo@2x.png", "logo@3x.png");
        assertThat(PassImages.pngSize(images.files().get("icon.png"))).isEqualTo(new PassImages.PixelSize(38, 38));
        assertThat(PassImages.pngSize(images.files().get("icon@3x.png")))
                .isEqualTo(new PassImages.PixelSize(114, 114));
        // 1000 x 200 fits 160 x 50 by its width: 160 x 32
        assertThat(PassImages.pngSize(images.files().get("logo.png"))).isEqualTo(new PassImages.PixelSize(160, 32));
        assertThat(PassImages.pngSize(images.files().get("logo@2x.png")))
                .isEqualTo(new PassImages.PixelSize(320, 64));
    }

    @Test
    void the_files_are_images_java_can_read_back() throws Exception {
        byte[] png = PassImages.fromSources(PassFixtures.artwork(64, 64), PassFixtures.artwork(64, 20), null)
                .files().get("logo@3x.png");

        var image = ImageIO.read(new ByteArrayInputStream(png));
        // a small source is enlarged: each scale must show at the same size in points
        assertThat(image.getWidth()).isEqualTo(480);
        assertThat(image.getHeight()).isEqualTo(150);
        assertThat(image.getColorModel().hasAlpha()).isTrue();
    }

    @Test
    void takes_callers_pngs_by_name_and_refuses_others() {
        byte[] png = PassImages.fromSources(PassFixtures.artwork(40, 40), PassFixtures.artwork(40, 40), null)
                .files().get("icon.png");

        assertThat(PassImages.ofPngs(Map.of("icon.png", png, "logo@2x.png", png)).files()).hasSize(2);
        assertThatThrownBy(() -> PassImages.ofPngs(Map.of("logo.png", png)))
                .hasMessageContaining("icon.png");
        assertThatThrownBy(() -> PassImages.ofPngs(Map.of("icon.png", png, "thumbnail.png", png)))
                .hasMessageContaining("thumbnail.png");
        assertThatThrownBy(() -> PassImages.ofPngs(Map.of("icon.png", "GIF89a not a png at all".getBytes())))
                .hasMessageContaining("not a PNG");
    }
}
