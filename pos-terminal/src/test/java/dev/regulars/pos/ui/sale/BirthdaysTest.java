package dev.regulars.pos.ui.sale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.MonthDay;
import org.junit.jupiter.api.Test;

class BirthdaysTest {

    @Test
    void readsDayAndMonthAsCashiersTypeThem() {
        assertThat(Birthdays.parse("12-3")).isEqualTo(MonthDay.of(3, 12));
        assertThat(Birthdays.parse(" 29/02 ")).isEqualTo(MonthDay.of(2, 29));
        assertThat(Birthdays.parse("1.12")).isEqualTo(MonthDay.of(12, 1));
        assertThat(Birthdays.parse("")).isNull();
    }

    @Test
    void explainsWhatIsNotABirthday() {
        assertThatThrownBy(() -> Birthdays.parse("31-02")).hasMessage("\"31-02\" is not a day of the year");
        assertThatThrownBy(() -> Birthdays.parse("March 12")).hasMessage("Type the birthday as day-month, e.g. 12-03");
    }
}
