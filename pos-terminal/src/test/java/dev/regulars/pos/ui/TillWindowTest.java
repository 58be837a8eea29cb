package dev.regulars.pos.ui;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.geometry.Dimension2D;
import org.junit.jupiter.api.Test;

/** The windowed till's size follows the screen it opens on (issue 10: Cash and Card off a small screen). */
class TillWindowTest {

    @Test
    void aLargeScreenGetsTheUsualWindow() {
        assertThat(TillWindow.windowSize(1920, 1050)).isEqualTo(new Dimension2D(1280, 800));
    }

    @Test
    void aSmallScreenGetsAWindowInsideItsVisibleArea() {
        Dimension2D window = TillWindow.windowSize(1366, 728);
        assertThat(window.getHeight()).isLessThanOrEqualTo(728 - 40);
        assertThat(window.getWidth()).isEqualTo(1280);
        assertThat(TillWindow.windowSize(1024, 738)).isEqualTo(new Dimension2D(1008, 698));
    }
}
