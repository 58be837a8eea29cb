package dev.regulars.server.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class QuintilesTest {

    @Test
    void tenDifferentValuesGiveTwoCustomersEachScore() {
        // sorted 1..10, cuts at positions ceil(k*10/5)-1 = 1, 3, 5, 7: the values 2, 4, 6, 8
        Quintiles q = Quintiles.of(7, 3, 10, 1, 5, 9, 2, 8, 4, 6);
        assertThat(q.cuts()).containsExactly(2L, 4L, 6L, 8L);
        assertThat(LongStream.rangeClosed(1, 10).map(q::score).toArray())
                .containsExactly(1, 1, 2, 2, 3, 3, 4, 4, 5, 5);
    }

    @Test
    void tiesShareTheScoreOfTheFirstOfThem() {
        // six customers with 1 visit: 1 + floor(5 * 0 / 10) = 1 for all six (a "quintile" of six); 2 visits: 6 below,
        // 1 + floor(30 / 10) = 4, so scores 2 and 3 are missing; 3: 7 below, 1 + 3 = 4; 4: 8 below, 5; 5: 9 below, 5
        Quintiles q = Quintiles.of(1, 1, 1, 1, 1, 1, 2, 3, 4, 5);
        assertThat(q.cuts()).containsExactly(1L, 1L, 1L, 3L);
        assertThat(LongStream.of(1, 2, 3, 4, 5).map(q::score).toArray()).containsExactly(1, 4, 4, 5, 5);
    }

    @Test
    void fewerCustomersThanScores() {
        // n = 3: positions ceil(0.6)-1 = 0, ceil(1.2)-1 = 1, ceil(1.8)-1 = 1, ceil(2.4)-1 = 2
        assertThat(Quintiles.positions(3)).containsExactly(0, 1, 1, 2);
        Quintiles q = Quintiles.of(30, 10, 20);
        assertThat(LongStream.of(10, 20, 30).map(q::score).toArray()).containsExactly(1, 2, 4);
        assertThat(Quintiles.positions(0)).isEmpty();
        assertThat(Quintiles.of().score(5)).isEqualTo(1);
    }

    @Test
    void recencyIsScoredOnMinusTheDaysSoTheLatestVisitorsGetFive() {
        // days since the last visit: 0, 3, 3, 40, 200; as -days sorted: -200, -40, -3, -3, 0, cuts at 0,1,2,3
        Quintiles q = Quintiles.of(0, -3, -3, -40, -200);
        assertThat(LongStream.of(0, -3, -40, -200).map(q::score).toArray()).containsExactly(5, 3, 2, 1);
    }

    @Test
    void theSqlScoresAsTheJavaDoes() {
        assertThat(Quintiles.of(1, 2, 3, 4, 5).sql("visits"))
                .isEqualTo("1 + (visits > 1) + (visits > 2) + (visits > 3) + (visits > 4)");
    }
}
