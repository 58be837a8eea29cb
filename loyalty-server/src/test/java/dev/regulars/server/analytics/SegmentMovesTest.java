package dev.regulars.server.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class SegmentMovesTest {

    @Test
    void movesOfTwoStoresAddUpToTheSizesThenAndNow() {
        // end of last month: 3 loyal, 2 new; now: 2 of the loyal stayed, 1 slipped to at risk, the 2 new became
        // occasional and loyal, 1 joined (new), and one loyal of the other store was merged away
        SegmentMoves m = SegmentMoves.of(List.of(
                new SegmentMoves.Move("LOYAL", "LOYAL", 2),
                new SegmentMoves.Move("LOYAL", "AT_RISK", 1),
                new SegmentMoves.Move("NEW", "OCCASIONAL", 1),
                new SegmentMoves.Move("NEW", "LOYAL", 1),
                new SegmentMoves.Move(SegmentMoves.NONE, "NEW", 1),
                new SegmentMoves.Move("LOYAL", "LOYAL", 1), // the other store's row of the same move
                new SegmentMoves.Move("LOYAL", SegmentMoves.NONE, 1)));
        assertThat(m.cell("LOYAL", "LOYAL")).isEqualTo(3);
        assertThat(m.then("LOYAL")).isEqualTo(5); // 3 stayed + 1 at risk + 1 gone
        assertThat(m.now("LOYAL")).isEqualTo(4); // 3 stayed + 1 of the new
        assertThat(m.then("NEW")).isEqualTo(2);
        assertThat(m.now("NEW")).isEqualTo(1);
        assertThat(m.then(SegmentMoves.NONE)).isEqualTo(1); // joined
        assertThat(m.now(SegmentMoves.NONE)).isEqualTo(1); // gone
        assertThat(m.stayed()).isEqualTo(3);
        assertThat(m.segments()).startsWith("NO_VISIT", "CHAMPION").endsWith("OCCASIONAL", SegmentMoves.NONE);
    }

    @Test
    void anUnknownSegmentIsRefused() {
        assertThatThrownBy(() -> SegmentMoves.of(List.of(new SegmentMoves.Move("VIP", "LOYAL", 1))))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
