package dev.regulars.pos.ui.keypad;

import static org.assertj.core.api.Assertions.assertThat;

import dev.regulars.core.phone.PhoneNumbers;
import dev.regulars.pos.ui.keypad.KeypadModel.Backspace;
import dev.regulars.pos.ui.keypad.KeypadModel.Clear;
import dev.regulars.pos.ui.keypad.KeypadModel.Enter;
import dev.regulars.pos.ui.keypad.KeypadModel.Key;
import dev.regulars.pos.ui.keypad.KeypadModel.Typed;
import java.util.Locale;
import java.util.Objects;
import org.junit.jupiter.api.Test;

class KeypadModelTest {

    private static final KeypadModel PHONE = new KeypadModel(KeypadModel.Kind.PHONE, Locale.US, "NL");

    @Test
    void aPhoneReadsFormattedForTheStoresRegionAsItIsTyped() {
        String text = "";
        for (char c : "0612345678".toCharArray()) {
            text = PHONE.press(text, new Typed(String.valueOf(c)));
        }
        assertThat(text).isEqualTo("06 12345678");
        assertThat(PhoneNumbers.normalize(text, "NL")).isEqualTo(PhoneNumbers.normalize("0612345678", "NL"));
        // a keyboard's spaces and dashes change nothing; the format is the same once typed
        assertThat(PHONE.typed("06-1234 5678")).isEqualTo("06 12345678");
        assertThat(PHONE.typed(PHONE.typed("+31612345678"))).isEqualTo("+31 6 12345678");
    }

    @Test
    void backspaceOnAPhoneTakesBackADigitNotTheFormatsSpace() {
        assertThat(PHONE.press("06 1", new Backspace())).isEqualTo("06");
        assertThat(PHONE.press("+", new Backspace())).isEmpty();
        assertThat(PHONE.press("06 12345678", new Clear())).isEmpty();
    }

    @Test
    void anAmountTakesTheLanguagesDecimalSeparatorAndDoubleZero() {
        KeypadModel dutch = new KeypadModel(KeypadModel.Kind.AMOUNT, Locale.forLanguageTag("nl"), "NL");
        assertThat(dutch.keys()).contains(new Typed(","), new Typed("00")).doesNotContain(new Typed("%"), new Typed("."));
        assertThat(dutch.press(dutch.press("1", new Typed("00")), new Typed(","))).isEqualTo("100,");
        KeypadModel english = new KeypadModel(KeypadModel.Kind.AMOUNT, Locale.US, "NL");
        assertThat(english.keys()).contains(new Typed("."));
        assertThat(english.press("12.5", new Backspace())).isEqualTo("12.");
        assertThat(english.press("12.5", new Enter())).isEqualTo("12.5");
    }

    @Test
    void aDiscountTakesAPercentAndAPinOnlyDigits() {
        KeypadModel discount = new KeypadModel(KeypadModel.Kind.DISCOUNT, Locale.US, "NL");
        assertThat(discount.press("10", new Typed("%"))).isEqualTo("10%");
        KeypadModel pin = KeypadModel.digits(Locale.US);
        assertThat(pin.keys().stream().filter(Objects::nonNull).filter(k -> k instanceof Typed)
                .map(k -> ((Typed) k).chars())).containsExactlyInAnyOrder("0", "1", "2", "3", "4", "5", "6", "7", "8", "9");
        assertThat(pin.press("12", new Typed("3"))).isEqualTo("123");
    }

    @Test
    void thePadIsFourKeysToARowWithEnterLast() {
        for (KeypadModel.Kind kind : KeypadModel.Kind.values()) {
            java.util.List<Key> keys = new KeypadModel(kind, Locale.US, "NL").keys();
            assertThat(keys).hasSize(16);
            assertThat(keys.get(0)).isEqualTo(new Typed("7"));
            assertThat(keys.get(3)).isEqualTo(new Backspace());
            assertThat(keys.get(7)).isEqualTo(new Clear());
            assertThat(keys.get(15)).isEqualTo(new Enter());
        }
    }

    @Test
    void anAmountHasNoMoreDecimalsThanItsCurrencyAndADiscountNothingAfterItsPercent() {
        KeypadModel euros = KeypadModel.amount(Locale.forLanguageTag("nl"), java.util.Currency.getInstance("EUR"));
        assertThat(euros.press("12,5", new Typed("0"))).isEqualTo("12,50");
        assertThat(euros.press("12,50", new Typed("5"))).as("a third decimal").isEqualTo("12,50");
        assertThat(euros.press("12,5", new Typed("00"))).as("00 would be a third").isEqualTo("12,5");
        assertThat(euros.press("12,5", new Typed(","))).as("a second separator").isEqualTo("12,5");
        KeypadModel yen = KeypadModel.amount(Locale.US, java.util.Currency.getInstance("JPY"));
        assertThat(yen.keys()).doesNotContain(new Typed("."));
        assertThat(yen.press("500", new Typed("."))).isEqualTo("500");
        KeypadModel discount = KeypadModel.discount(Locale.US, java.util.Currency.getInstance("EUR"));
        assertThat(discount.press("12.5", new Typed("%"))).isEqualTo("12.5%");
        assertThat(discount.press("12.5%", new Typed("1"))).isEqualTo("12.5%");
        assertThat(discount.press("", new Typed("%"))).as("a % needs a number").isEmpty();
        assertThat(discount.press("10%", new Typed("%"))).isEqualTo("10%");
    }
}
