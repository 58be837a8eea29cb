package dev.regulars.server.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.regulars.server.platform.Problem;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Which stores a member of staff may see, as the owner chooses them on the Staff page. */
class StoreLimitTest {

    private static final String CAFE = "00000000-0000-0000-0000-00000000000c";
    private static final String BAKERY_NORTH = "00000000-0000-0000-0000-0000000000b1";
    private static final String BAKERY_SOUTH = "00000000-0000-0000-0000-0000000000b2";
    private static final String BAKERIES = "00000000-0000-0000-0000-0000000000ba";
    private static final List<StoreLimit.Choice> BUSINESS = List.of(
            new StoreLimit.Choice(BAKERY_NORTH, "Bakery North", BAKERIES, "Bakeries"),
            new StoreLimit.Choice(BAKERY_SOUTH, "Bakery South", BAKERIES, "Bakeries"),
            new StoreLimit.Choice(CAFE, "Café", null, null));

    @Test
    void allStoresIsNoLimitWhateverIsTicked() {
        StoreLimit all = StoreLimit.chosen(StaffRole.MANAGER, true, List.of(CAFE), null, BUSINESS);
        assertThat(all.isLimited()).isFalse();
        assertThat(all.allows(CAFE)).isTrue();
        assertThat(all.allows("any other")).isTrue();
        assertThat(all.sqlAnd("s.store_id")).isEmpty();
        assertThat(StoreLimit.chosen(StaffRole.OWNER, true, List.of(), "", BUSINESS)).isEqualTo(StoreLimit.ALL);
    }

    @Test
    void ticksAndALineAddUp() {
        StoreLimit bakery = StoreLimit.chosen(StaffRole.MANAGER, false, List.of(BAKERY_NORTH), null, BUSINESS);
        assertThat(bakery.storeIds()).containsExactly(BAKERY_NORTH);
        assertThat(bakery.allows(CAFE)).isFalse();
        assertThat(bakery.within(List.of(CAFE, BAKERY_SOUTH, BAKERY_NORTH))).containsExactly(BAKERY_NORTH);
        // the line is its two stores now; a tick of the café besides
        StoreLimit line = StoreLimit.chosen(StaffRole.MARKETER, false, List.of(CAFE), " " + BAKERIES, BUSINESS);
        assertThat(line.storeIds()).containsExactlyInAnyOrder(CAFE, BAKERY_NORTH, BAKERY_SOUTH);
        assertThat(new StoreLimit(Set.of(BAKERY_SOUTH, BAKERY_NORTH)).sqlAnd("t.store_id")).isEqualTo(
                " AND t.store_id IN ('" + BAKERY_NORTH + "','" + BAKERY_SOUTH + "')");
    }

    @Test
    void refusalsAreInWords() {
        assertRefused(() -> StoreLimit.chosen(StaffRole.OWNER, false, List.of(CAFE), null, BUSINESS),
                "staff.error.ownerLimited");
        assertRefused(() -> StoreLimit.chosen(StaffRole.MANAGER, false, List.of(), "", BUSINESS),
                "staff.error.noStoreChosen");
        assertRefused(() -> StoreLimit.chosen(StaffRole.MANAGER, false, null, null, BUSINESS),
                "staff.error.noStoreChosen");
        assertRefused(() -> StoreLimit.chosen(StaffRole.MANAGER, false,
                List.of("00000000-0000-0000-0000-0000000000ff"), null, BUSINESS), "staff.error.storeNotOurs");
        assertRefused(() -> StoreLimit.chosen(StaffRole.MANAGER, false, List.of(), CAFE, BUSINESS),
                "staff.error.lineNotOurs");
        assertRefused(() -> new StoreLimit(Set.of(BAKERY_NORTH)).require(CAFE), "staff.error.notYourStore");
        new StoreLimit(Set.of(BAKERY_NORTH)).require(BAKERY_NORTH);
        StoreLimit.ALL.require(CAFE);
        assertThat(new Problem("staff.error.noStoreChosen").getMessage())
                .isEqualTo("Tick at least one store or choose a business line, or choose \"All stores\"");
    }

    @Test
    void aStoreIdThatIsNotOneNeverReachesSql() {
        assertThatThrownBy(() -> new StoreLimit(Set.of("x' OR '1'='1")).sqlAnd("store_id"))
                .isInstanceOf(IllegalStateException.class);
    }

    private static void assertRefused(Runnable action, String key) {
        assertThatThrownBy(action::run).isInstanceOfSatisfying(Problem.class, p -> assertThat(p.key()).isEqualTo(key));
    }
}
