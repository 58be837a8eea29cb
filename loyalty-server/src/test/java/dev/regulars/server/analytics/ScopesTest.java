package dev.regulars.server.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.regulars.server.staff.StoreLimit;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What a figure filter means for a reader who sees every store, and for one limited to some. */
class ScopesTest {

    private static final String CAFE = "00000000-0000-0000-0000-00000000000c";
    private static final String NORTH = "00000000-0000-0000-0000-0000000000b1";
    private static final String SOUTH = "00000000-0000-0000-0000-0000000000b2";
    private static final String BAKERIES = "00000000-0000-0000-0000-0000000000ba";
    private static final String CAFES = "00000000-0000-0000-0000-0000000000ca";
    private static final List<Scopes.StoreChoice> STORES = List.of(
            new Scopes.StoreChoice(NORTH, "Bakery North", BAKERIES, "EUR"),
            new Scopes.StoreChoice(SOUTH, "Bakery South", BAKERIES, "EUR"),
            new Scopes.StoreChoice(CAFE, "Café", CAFES, "EUR"));
    private static final List<Scopes.LineChoice> LINES = List.of(
            new Scopes.LineChoice(BAKERIES, "Bakeries"), new Scopes.LineChoice(CAFES, "Cafés"));
    private static final StoreLimit NORTH_ONLY = new StoreLimit(Set.of(NORTH));

    @Test
    void theOwnerSeesTheWholeBusinessALineOrAStore() {
        Scope all = scope(null, null, StoreLimit.ALL);
        assertThat(all.storeIds()).containsExactly(NORTH, SOUTH, CAFE);
        assertThat(all.isWholeBusiness()).isTrue();
        assertThat(scope(BAKERIES, null, StoreLimit.ALL).storeIds()).containsExactly(NORTH, SOUTH);
        assertThat(scope(BAKERIES, null, StoreLimit.ALL).isWholeBusiness()).isFalse();
        assertThat(scope(null, CAFE, StoreLimit.ALL).storeIds()).containsExactly(CAFE);
    }

    @Test
    void aLimitedReaderSeesOnlyTheirStoresAndNeverTheWholeBusiness() {
        Scope mine = scope(null, null, NORTH_ONLY);
        assertThat(mine.storeIds()).containsExactly(NORTH);
        assertThat(mine.limited()).isTrue();
        assertThat(mine.isWholeBusiness()).isFalse();
        // their line: only their store of it
        assertThat(scope(BAKERIES, null, NORTH_ONLY).storeIds()).containsExactly(NORTH);
        assertThat(scope(BAKERIES, NORTH, NORTH_ONLY).storeIds()).containsExactly(NORTH);
    }

    @Test
    void aStoreOrLineNotTheReadersIsRefusedWithWordsForThem() {
        refused(null, SOUTH, NORTH_ONLY, "analytics.error.notYourStore");
        refused(null, "00000000-0000-0000-0000-0000000000ff", NORTH_ONLY, "analytics.error.notYourStore");
        refused(CAFES, null, NORTH_ONLY, "analytics.error.notYourLine");
        refused(CAFES, NORTH, NORTH_ONLY, "analytics.error.notYourLine");
        refused(null, "00000000-0000-0000-0000-0000000000ff", StoreLimit.ALL, "analytics.error.noSuchStore");
        refused(CAFES, NORTH, StoreLimit.ALL, "analytics.error.storeNotInLine");
        refused("00000000-0000-0000-0000-0000000000ff", null, StoreLimit.ALL, "analytics.error.noSuchLine");
        refused(CAFES, SOUTH, new StoreLimit(Set.of(SOUTH, CAFE)), "analytics.error.storeNotInLineMine");
    }

    private static Scope scope(String line, String store, StoreLimit limit) {
        return Scopes.within("biz", STORES, LINES, line, store, limit);
    }

    private static void refused(String line, String store, StoreLimit limit, String key) {
        assertThatThrownBy(() -> scope(line, store, limit)).hasMessage(key);
    }
}
