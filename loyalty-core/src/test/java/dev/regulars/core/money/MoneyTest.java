package dev.regulars.core.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Currency;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class MoneyTest {

    private static final Currency EUR = Currency.getInstance("EUR");
    private static final Currency RUB = Currency.getInstance("RUB");
    private static final Currency JPY = Currency.getInstance("JPY");

    @Test
    void addsSubtractsAndMultipliesInMinorUnits() {
        Money coffee = Money.of(350, "EUR");
        Money cake = Money.of(425, "EUR");

        assertThat(coffee.plus(cake)).isEqualTo(Money.of(775, "EUR"));
        assertThat(cake.minus(coffee)).isEqualTo(Money.of(75, "EUR"));
        assertThat(coffee.times(3)).isEqualTo(Money.of(1050, "EUR"));
        assertThat(coffee.minus(cake).isNegative()).isTrue();
    }

    @Test
    void refusesToMixCurrencies() {
        assertThatThrownBy(() -> Money.of(100, "EUR").plus(Money.of(100, "RUB")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("cannot combine EUR with RUB");
    }

    @Test
    void overflowIsAnErrorNotAWrapAround() {
        assertThatThrownBy(() -> new Money(Long.MAX_VALUE, EUR).plus(Money.of(1, "EUR")))
                .isInstanceOf(ArithmeticException.class);
        assertThatThrownBy(() -> new Money(Long.MAX_VALUE / 2 + 1, EUR).times(2))
                .isInstanceOf(ArithmeticException.class);
    }

    @Test
    void parsesWhatCashiersType() {
        assertThat(Money.parse("12.5", EUR).minor()).isEqualTo(1250);
        assertThat(Money.parse("12,50", EUR).minor()).isEqualTo(1250);
        assertThat(Money.parse(" 1 200 ", RUB).minor()).isEqualTo(120000);
        assertThat(Money.parse("500", JPY).minor()).isEqualTo(500);
        // scientific notation is a slip of the finger, never a billion
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Money.parse("1e9", EUR))
                .hasMessage("\"1e9\" is not an amount");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Money.parse("1.2.3", EUR))
                .hasMessage("\"1.2.3\" is not an amount");
    }

    @Test
    void rejectsWhatIsNotAnAmountWithAMessage() {
        assertThatThrownBy(() -> Money.parse("12.505", EUR)).hasMessage("\"12.505\" has more than 2 decimals for EUR");
        assertThatThrownBy(() -> Money.parse("abc", EUR)).hasMessage("\"abc\" is not an amount");
        assertThatThrownBy(() -> Money.parse("  ", EUR)).hasMessage("Enter an amount");
        assertThatThrownBy(() -> Money.parse("5.5", JPY)).hasMessage("\"5.5\" has more than 0 decimals for JPY");
    }

    @Test
    void formatsForPeopleWithTheCurrencyDigits() {
        assertThat(Money.of(1250, "EUR").toDecimal().toPlainString()).isEqualTo("12.50");
        assertThat(Money.of(5, "EUR").toDecimal().toPlainString()).isEqualTo("0.05");
        assertThat(Money.of(-5, "EUR").toDecimal().toPlainString()).isEqualTo("-0.05");
        assertThat(Money.of(1250, "EUR").format(Locale.US)).isEqualTo("€12.50");
        assertThat(Money.of(1250, "EUR").toString()).isEqualTo("12.50 EUR");
    }

    @Test
    void comparesWithinOneCurrency() {
        assertThat(Money.of(100, "EUR")).isLessThan(Money.of(101, "EUR"));
        assertThat(Money.zero(EUR).isZero()).isTrue();
    }
}
