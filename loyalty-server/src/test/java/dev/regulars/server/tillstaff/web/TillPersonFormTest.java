package dev.regulars.server.tillstaff.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The till person's form, read without a page: each problem next to its field, the PINs never kept. */
class TillPersonFormTest {

    private static TillPersonForm typed(String name, String pin, String pinAgain) {
        TillPersonForm form = new TillPersonForm();
        form.getValues().put("name", name);
        form.getValues().put("pin", pin);
        form.getValues().put("pinAgain", pinAgain);
        return form;
    }

    @Test
    void goodFieldsReadAsANameAndAPin() {
        TillPersonForm form = typed(" Noor ", "2468", "2468 ");
        assertThat(form.name().value()).isEqualTo("Noor");
        assertThat(form.pin().digits()).isEqualTo("2468");
        assertThat(form.getErrors()).isEmpty();
    }

    @Test
    void eachWrongFieldIsSaidNextToIt() {
        TillPersonForm empty = typed("", "", "");
        assertThat(empty.name()).isNull();
        assertThat(empty.pin()).isNull();
        assertThat(empty.getErrors()).containsEntry("name", "Name is needed").containsEntry("pin", "PIN is needed")
                .doesNotContainKey("pinAgain");

        TillPersonForm tooLong = typed("x".repeat(61), "12", "12");
        assertThat(tooLong.name()).isNull();
        assertThat(tooLong.pin()).isNull();
        assertThat(tooLong.getErrors()).containsEntry("name", "Name has 61 characters; at most 60")
                .containsEntry("pin", "A PIN is 4 to 8 digits");

        TillPersonForm letters = typed("Noor", "abcd", "abcd");
        assertThat(letters.pin()).isNull();
        assertThat(letters.getErrors()).containsEntry("pin", "A PIN is 4 to 8 digits");

        TillPersonForm differ = typed("Noor", "2468", "2469");
        assertThat(differ.pin()).isNull();
        assertThat(differ.getErrors()).containsOnlyKeys("pinAgain")
                .containsEntry("pinAgain", "The two PINs differ; type the same PIN twice");
    }

    @Test
    void thePinsTypedAreForgottenAndTheFormEmptiesForTheNextPerson() {
        TillPersonForm form = typed("Noor", "2468", "2468");
        form.setManager(true);
        form.forgetPins();
        assertThat(form.getValues()).containsOnlyKeys("name");
        form.clear();
        assertThat(form.getValues()).isEmpty();
        assertThat(form.isManager()).isFalse();
    }
}
