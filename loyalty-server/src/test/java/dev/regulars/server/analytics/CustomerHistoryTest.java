package dev.regulars.server.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import dev.regulars.server.analytics.CohortDeltas.Cell;
import dev.regulars.server.analytics.CohortDeltas.CellChange;
import dev.regulars.server.analytics.CohortDeltas.Day;
import dev.regulars.server.analytics.CohortDeltas.DayChange;
import dev.regulars.server.analytics.CustomerHistory.Facts;
import dev.regulars.server.analytics.CustomerHistory.Month;
import dev.regulars.server.analytics.CustomerHistory.Purchase;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A customer's facts and what they add to the cohorts, worked out by hand. */
class CustomerHistoryTest {

    private static final String CANAL = "canal";
    private static final String BAKERY = "bakery";

    private static Purchase sale(String day, String store, long minor) {
        return new Purchase(LocalDate.parse(day), store, minor, false);
    }

    private static Purchase refund(String day, String store, long minor) {
        return new Purchase(LocalDate.parse(day), store, minor, true);
    }

    @Test
    void visitsAreDaysTheSecondIsTheFirstLaterDayAndRefundsTakeRevenueInTheirMonth() {
        // given out of order: two sales on 3 March (one visit), 20 March, 2 May at the bakery, a refund on 5 May
        Facts facts = CustomerHistory.of(List.of(
                sale("2026-05-02", BAKERY, 450), sale("2026-03-03", CANAL, 300), refund("2026-05-05", BAKERY, 200),
                sale("2026-03-03", BAKERY, 250), sale("2026-03-20", CANAL, 500)));

        assertThat(facts.firstDay()).isEqualTo(LocalDate.parse("2026-03-03"));
        assertThat(facts.firstStoreId()).isEqualTo(CANAL); // the first of the day as given: both 3 March
        assertThat(facts.secondDay()).isEqualTo(LocalDate.parse("2026-03-20"));
        assertThat(facts.lastDay()).isEqualTo(LocalDate.parse("2026-05-02"));
        assertThat(facts.visitDays()).isEqualTo(3);
        assertThat(facts.sales()).isEqualTo(4);
        // 300 + 250 + 500 + 450 - 200
        assertThat(facts.revenueMinor()).isEqualTo(1300);
        assertThat(facts.months()).containsExactlyInAnyOrderEntriesOf(Map.of(
                YearMonth.of(2026, 3), new Month(3, 1050), YearMonth.of(2026, 5), new Month(1, 250)));
        // 3 March + 30 days = 2 April: 20 March is within
        assertThat(facts.backWithin(30)).isTrue();
        assertThat(facts.cohort()).isEqualTo(YearMonth.of(2026, 3));
    }

    @Test
    void aSecondVisitOnDay31IsBackWithin60ButNot30AndOnlyRefundsIsNoCustomer() {
        Facts facts = CustomerHistory.of(List.of(sale("2026-01-01", CANAL, 100), sale("2026-02-01", CANAL, 100)));
        // 1 January + 30 days = 31 January; 1 February is day 31
        assertThat(facts.backWithin(30)).isFalse();
        assertThat(facts.backWithin(60)).isTrue();
        assertThat(CustomerHistory.of(List.of(refund("2026-01-01", CANAL, 100)))).isNull();
        assertThat(CustomerHistory.of(List.of())).isNull();
    }

    @Test
    void aLateSaleBeforeTheFirstVisitMovesTheCustomerToAnotherCohortAndNothingIsCountedTwice() {
        Facts before = CustomerHistory.of(List.of(sale("2026-03-10", CANAL, 400)));
        // an offline till's sale of 25 February arrives later, at the bakery
        Facts after = CustomerHistory.of(List.of(sale("2026-03-10", CANAL, 400), sale("2026-02-25", BAKERY, 300)));

        CohortDeltas deltas = CohortDeltas.between(before, after);

        assertThat(deltas.cells()).containsExactlyInAnyOrderEntriesOf(Map.of(
                new Cell(CANAL, YearMonth.of(2026, 3), YearMonth.of(2026, 3)), new CellChange(-1, -400),
                new Cell(BAKERY, YearMonth.of(2026, 2), YearMonth.of(2026, 2)), new CellChange(1, 300),
                new Cell(BAKERY, YearMonth.of(2026, 2), YearMonth.of(2026, 3)), new CellChange(1, 400)));
        // 25 February + 30 = 27 March: 10 March is within; 2 sales for 700 on 2 days, 13 days apart
        assertThat(deltas.days()).containsExactlyInAnyOrderEntriesOf(Map.of(
                new Day(CANAL, LocalDate.parse("2026-03-10")), new DayChange(-1, 0, 0, 0, -1, -400, -1, 0),
                new Day(BAKERY, LocalDate.parse("2026-02-25")), new DayChange(1, 1, 1, 1, 2, 700, 2, 13)));

        assertThat(CohortDeltas.between(after, after).isEmpty()).isTrue();
        assertThat(CohortDeltas.between(null, before).cells()).containsExactly(Map.entry(
                new Cell(CANAL, YearMonth.of(2026, 3), YearMonth.of(2026, 3)), new CellChange(1, 400)));
    }

    @Test
    void anotherSaleInAMonthAlreadyActiveAddsRevenueButNoCustomer() {
        Facts before = CustomerHistory.of(List.of(sale("2026-03-10", CANAL, 400)));
        Facts after = CustomerHistory.of(List.of(sale("2026-03-10", CANAL, 400), sale("2026-03-12", CANAL, 350)));

        CohortDeltas deltas = CohortDeltas.between(before, after);

        assertThat(deltas.cells()).containsExactly(Map.entry(
                new Cell(CANAL, YearMonth.of(2026, 3), YearMonth.of(2026, 3)), new CellChange(0, 350)));
        assertThat(deltas.days()).containsExactly(Map.entry(
                new Day(CANAL, LocalDate.parse("2026-03-10")), new DayChange(0, 1, 1, 1, 1, 350, 1, 2)));
    }
}
