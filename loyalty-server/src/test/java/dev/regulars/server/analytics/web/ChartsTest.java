package dev.regulars.server.analytics.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The charts' series stay apart: colours, and for lines dash patterns and widths, in the SVG itself. */
class ChartsTest {

    private static final List<String> MONTHS = List.of("Sep", "Oct", "Nov");

    /** Seven series (the segments), every one with the same values, so they would all lie on one line. */
    private static List<Charts.Series> seven() {
        return IntStream.range(0, 7).mapToObj(i -> new Charts.Series("S" + i, List.<Number>of(10, 20, 30))).toList();
    }

    private static Set<String> found(String svg, String regex) {
        Matcher m = Pattern.compile(regex).matcher(svg);
        Set<String> out = new java.util.HashSet<>();
        while (m.find()) {
            out.add(m.group(1).replace(" ", ""));
        }
        return out;
    }

    private static Set<String> palette(int n) {
        return Arrays.stream(Charts.SERIES).limit(n)
                .map(c -> "rgb(" + c.getRed() + "," + c.getGreen() + "," + c.getBlue() + ")")
                .collect(Collectors.toSet());
    }

    @Test
    void sevenBarSeriesHaveSevenColours() {
        String svg = Charts.bars("t", MONTHS, "n", seven());
        assertThat(found(svg, "fill: ?(rgb\\([0-9, ]+\\))")).containsAll(palette(7));
    }

    @Test
    void sevenEqualLinesHaveSevenColoursSixDashPatternsAndWidthsThatShowUnderLaterOnes() {
        String svg = Charts.lines("t", MONTHS, "%", seven());
        assertThat(found(svg, "stroke: ?(rgb\\([0-9, ]+\\))")).containsAll(palette(7));
        // the first series is solid, the six others each dashed their own way (2,2 is the grid's)
        assertThat(found(svg, "stroke-dasharray: ?([0-9., ]+)")).containsExactlyInAnyOrder("2.0,2.0", "12.0,6.0",
                "2.0,5.0", "12.0,5.0,2.0,5.0", "20.0,6.0", "6.0,4.0", "12.0,4.0,2.0,4.0,2.0,4.0");
        assertThat(Charts.stroke(0).getLineWidth()).isEqualTo(5f);
        assertThat(Charts.stroke(1).getLineWidth()).isEqualTo(3.5f);
        assertThat(Charts.stroke(2).getLineWidth()).isEqualTo(2f);
    }

    @Test
    void thePaletteHasNineDistinctColours() {
        assertThat(palette(Charts.SERIES.length)).hasSize(9);
    }
}
