package dev.regulars.pos.sale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.regulars.core.rules.Discount;
import dev.regulars.core.words.KeyedRefusal;
import java.util.Currency;
import org.junit.jupiter.api.Test;

class PaymentTest {

    private static final Currency EUR = Currency.getInstance("EUR");

    @Test
    void aCardForPartAndCashForTheRestWithChange() {
        Payment payment = new Payment();
        payment.due(702);

        payment.card(500L);
        assertThat(payment.remainingMinor()).isEqualTo(202);
        assertThat(payment.covered()).isFalse();
        payment.cash(1000L);

        assertThat(payment.covered()).isTrue();
        assertThat(payment.tenders()).containsExactly(Tender.card(500), Tender.cash(202, 1000));
        assertThat(payment.tenders().get(1).changeMinor()).isEqualTo(798);
    }

    @Test
    void aCardPaysNoMoreThanIsLeftAndNothingIsPaidTwice() {
        Payment payment = new Payment();
        payment.due(300);
        assertThatThrownBy(() -> payment.card(301L)).isInstanceOf(KeyedRefusal.class)
                .extracting(e -> ((KeyedRefusal) e).key()).isEqualTo("pay.cardTooMuch");
        payment.card(null);
        assertThatThrownBy(() -> payment.cash(null)).isInstanceOf(KeyedRefusal.class)
                .extracting(e -> ((KeyedRefusal) e).key()).isEqualTo("pay.nothingLeft");
        payment.undo();
        assertThat(payment.remainingMinor()).isEqualTo(300);
        payment.cash(100L);
        payment.cash(null);
        assertThat(payment.tenders()).containsExactly(Tender.cash(100, 100), Tender.cash(200, 200));
    }

    @Test
    void discountsAreTypedAsAPercentageOrAnAmount() {
        assertThat(DiscountInput.parse("10%", EUR)).isEqualTo(Discount.percent(
                dev.regulars.core.money.BasisPoints.percent(10), 0));
        assertThat(DiscountInput.parse(" 12,5 % ", EUR).percent().value()).isEqualTo(1250);
        assertThat(DiscountInput.parse("1,50", EUR)).isEqualTo(Discount.fixed(150));
        assertThat(DiscountInput.parse("", EUR)).isEqualTo(Discount.NONE);
        assertThatThrownBy(() -> DiscountInput.parse("150%", EUR)).hasMessage("A discount cannot be more than 100 %");
        assertThatThrownBy(() -> DiscountInput.parse("ten", EUR)).hasMessageStartingWith("\"ten\" is not a discount");
        assertThatThrownBy(() -> DiscountInput.parse("-5%", EUR)).hasMessageStartingWith("\"-5%\" is not a discount");
        assertThatThrownBy(() -> DiscountInput.parse("1.505", EUR)).isInstanceOf(KeyedRefusal.class);
        // Java's BigDecimal reads these as 10 % and 12 %; no keypad types them
        for (String typed : new String[] {"1e1%", "\uFF11\uFF12%", "\u0661\u0662%", "-0%", "+5%"}) {
            assertThatThrownBy(() -> DiscountInput.parse(typed, EUR)).as(typed)
                    .hasMessageStartingWith("\"" + typed + "\" is not a discount");
        }
        assertThatThrownBy(() -> DiscountInput.parse("0.001", EUR)).hasMessage("\"0.001\": at most 2 decimals");
    }
}
