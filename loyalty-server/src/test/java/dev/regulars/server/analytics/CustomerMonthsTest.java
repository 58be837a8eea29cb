package dev.regulars.server.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.regulars.server.analytics.CustomerHistory.Month;
import java.time.YearMonth;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CustomerMonthsTest {

    @Test
    void monthsAreWrittenInOrderAndReadBackTheSame() {
        Map<YearMonth, Month> months = Map.of(YearMonth.of(2026, 5), new Month(1, 500),
                YearMonth.of(2025, 12), new Month(0, -350), YearMonth.of(2026, 3), new Month(2, 400));
        String column = CustomerMonths.write(months);
        assertThat(column).isEqualTo("2025-12 0 -350,2026-03 2 400,2026-05 1 500");
        assertThat(CustomerMonths.read(column)).isEqualTo(months);
        assertThat(CustomerMonths.read("")).isEmpty();
        assertThat(CustomerMonths.write(Map.of())).isEmpty();
    }

    @Test
    void aColumnThatIsNotMonthsIsSaid() {
        assertThatThrownBy(() -> CustomerMonths.read("2026-03 2 400,March 1 5"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("'March 1 5'");
        assertThatThrownBy(() -> CustomerMonths.read("2026-03 2"))
                .isInstanceOf(IllegalStateException.class);
    }
}
