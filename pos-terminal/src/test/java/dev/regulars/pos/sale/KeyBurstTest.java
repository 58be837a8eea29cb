package dev.regulars.pos.sale;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class KeyBurstTest {

    private static final long MS = 1_000_000L;

    @Test
    void aScannersBurstEndingWithEnterIsAScanAndAPersonsTypingIsNot() {
        KeyBurst keys = new KeyBurst();
        type(keys, "8712345678906", 0, 5 * MS);
        assertThat(keys.enter(13 * 5 * MS)).contains("8712345678906");

        // a person: 120 ms between keys
        type(keys, "0612345678", 1_000 * MS, 120 * MS);
        assertThat(keys.enter(2_300 * MS)).isEmpty();

        // too short to be a code, and a burst the person's Enter comes long after
        type(keys, "12", 5_000 * MS, 3 * MS);
        assertThat(keys.enter(5_010 * MS)).isEmpty();
        type(keys, "RC55550000", 6_000 * MS, 3 * MS);
        assertThat(keys.enter(7_000 * MS)).isEmpty();
    }

    @Test
    void whatThePersonTypedBeforeTheScanIsNotPartOfIt() {
        KeyBurst keys = new KeyBurst();
        type(keys, "Anna", 0, 150 * MS);
        type(keys, "RC555500001111", 2_000 * MS, 4 * MS);
        assertThat(keys.enter(2_000 * MS + 14 * 4 * MS)).contains("RC555500001111");
    }

    @Test
    void saysWhetherAKeyContinuesABurstAndCountsWhatWasTyped() {
        KeyBurst keys = new KeyBurst();
        assertThat(keys.continues(0)).isFalse();
        type(keys, "AB", 0, 5 * MS);
        assertThat(keys.continues(10 * MS)).isTrue();
        assertThat(keys.continues(5 * MS + KeyBurst.MAX_GAP_NANOS + 1)).isFalse();
        assertThat(keys.typedCount()).isEqualTo(2);
        keys.enter(10 * MS);
        // a scan ends the burst: the next key begins anew
        assertThat(keys.continues(11 * MS)).isFalse();
        assertThat(keys.typedCount()).isEqualTo(2);
    }

    private static void type(KeyBurst keys, String text, long start, long gap) {
        for (int i = 0; i < text.length(); i++) {
            keys.typed(text.charAt(i), start + i * gap);
        }
    }
}
