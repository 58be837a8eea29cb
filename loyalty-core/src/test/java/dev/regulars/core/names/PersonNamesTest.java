package dev.regulars.core.names;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PersonNamesTest {

    @Test
    void controlAndBidiCharactersAreRemovedAndInvisibleEndsTrimmed() {
        assertThat(PersonNames.clean("  Anouk ")).isEqualTo("Anouk");
        assertThat(PersonNames.clean("An\u0000ouk\n")).isEqualTo("Anouk");
        assertThat(PersonNames.clean("\u202Ekuona")).isEqualTo("kuona");
        assertThat(PersonNames.clean("\u00A0\u3000Anouk\u200B\uFEFF")).isEqualTo("Anouk");
        assertThat(PersonNames.clean("Anne Marie")).isEqualTo("Anne Marie");
        assertThat(PersonNames.clean("\uD83D\uDC69\u200D\uD83C\uDF73")).as("a joiner inside stays")
                .isEqualTo("\uD83D\uDC69\u200D\uD83C\uDF73");
        assertThat(PersonNames.clean(null)).isEmpty();
    }

    @Test
    void aNameOfOnlyInvisibleCharactersIsBlank() {
        for (String typed : new String[] {"", "   ", "\u200B", "\u202E", "\u00A0", "\u3000", "\u200B\u200D\u2060",
                "\u0000\n\t"}) {
            assertThat(PersonNames.isBlank(PersonNames.clean(typed))).as("%s", typed.codePoints().toArray()).isTrue();
        }
        assertThat(PersonNames.isBlank(PersonNames.clean("\u200BA"))).isFalse();
    }

    @Test
    void lengthIsCountedInUtf16UnitsAsTheBrowsersMaxlength() {
        assertThat(PersonNames.tooLong("я".repeat(60), 60)).isFalse();
        assertThat(PersonNames.tooLong("x".repeat(61), 60)).isTrue();
        assertThat(PersonNames.tooLong("\uD83D\uDE00".repeat(31), 60)).as("62 units").isTrue();
    }
}
