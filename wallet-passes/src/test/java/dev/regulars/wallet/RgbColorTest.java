package dev.regulars.wallet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import org.junit.jupiter.api.Test;

class RgbColorTest {

    @Test
    void writes_apples_and_googles_forms() {
        RgbColor brown = RgbColor.ofHex("#6F3B1E");

        assertThat(brown.toCss()).isEqualTo("rgb(111, 59, 30)");
        assertThat(brown.toHex()).isEqualTo("#6f3b1e");
    }

    @Test
    void hex_round_trips_for_every_colour() {
        qt().forAll(integers().between(0, 255), integers().between(0, 255), integers().between(0, 255))
                .checkAssert((r, g, b) -> assertThat(RgbColor.ofHex(new RgbColor(r, g, b).toHex()))
                        .isEqualTo(new RgbColor(r, g, b)));
    }

    @Test
    void refuses_what_is_not_a_colour() {
        assertThatThrownBy(() -> RgbColor.ofHex("#12345")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RgbColor.ofHex("red")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RgbColor(256, 0, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
