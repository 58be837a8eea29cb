package dev.regulars.pos.sale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.regulars.core.words.KeyedRefusal;
import java.util.Currency;
import org.junit.jupiter.api.Test;

/** Amounts as typed: a thousands separator is never read as a decimal point, and no drawer holds a billion. */
class AmountInputTest {

    private static final Currency EUR = Currency.getInstance("EUR");
    private static final Currency RUB = Currency.getInstance("RUB");

    @Test
    void oneDecimalSeparatorPointOrCommaAndSpacesBetweenGroups() {
        assertThat(AmountInput.parse("12.50", EUR)).isEqualTo(1250);
        assertThat(AmountInput.parse("12,5", EUR)).isEqualTo(1250);
        assertThat(AmountInput.parse("1000", EUR)).isEqualTo(100000);
        assertThat(AmountInput.parse("1 000,50", RUB)).isEqualTo(100050);
        assertThat(AmountInput.parse("1\u00A0000", RUB)).isEqualTo(100000);
    }

    @Test
    void aSeparatorBeforeThreeDigitsIsAThousandsSeparatorAndIsRefused() {
        for (String typed : new String[] {"1,000", "1.000", "1,000.00", "1.000,00", "12,345"}) {
            assertThatThrownBy(() -> AmountInput.parse(typed, EUR)).isInstanceOf(KeyedRefusal.class)
                    .hasMessageContaining("without thousands separators")
                    .extracting(e -> ((KeyedRefusal) e).key()).isEqualTo("amount.grouped");
        }
        assertThatThrownBy(() -> AmountInput.parse("-5", EUR)).extracting(e -> ((KeyedRefusal) e).key())
                .isEqualTo("pay.notAnAmount");
    }

    @Test
    void onlyAsciiDigitsWithOneSeparatorAreAnAmount() {
        for (String typed : new String[] {"-0", "1e1", "\uFF11\uFF12", "\u0661\u0662", "+5", "0x10", "."}) {
            assertThatThrownBy(() -> AmountInput.parse(typed, EUR)).as(typed)
                    .extracting(e -> ((KeyedRefusal) e).key()).isEqualTo("pay.notAnAmount");
        }
        assertThat(AmountInput.parse(".5", EUR)).isEqualTo(50);
        assertThat(AmountInput.parse("0", EUR)).isZero();
    }

    @Test
    void moreDecimalsThanTheCurrencyHasAreRefusedAsSuch() {
        assertThatThrownBy(() -> AmountInput.parse("0.001", EUR)).hasMessage("\"0.001\": at most 2 decimals")
                .extracting(e -> ((KeyedRefusal) e).key()).isEqualTo("amount.decimals");
        assertThat(AmountInput.parse("5", Currency.getInstance("JPY"))).isEqualTo(5);
        assertThatThrownBy(() -> AmountInput.parse("5.5", Currency.getInstance("JPY")))
                .hasMessage("\"5.5\": at most 0 decimals");
        assertThat(AmountInput.parse("1.500", Currency.getInstance("BHD"))).isEqualTo(1500);
    }

    @Test
    void cashHandedOverIsAtMostWhatIsLeftAndOneLargestNote() {
        assertThat(AmountInput.cashCap(380, EUR)).isEqualTo(50380);
        assertThat(AmountInput.cashCap(38000, RUB)).isEqualTo(538000);
        assertThat(AmountInput.atMost(50380, 50380, EUR)).isEqualTo(50380);
        assertThatThrownBy(() -> AmountInput.atMost(50381, 50380, EUR))
                .hasMessage("503.81 is more than this can be (at most 503.80)");
    }
}
