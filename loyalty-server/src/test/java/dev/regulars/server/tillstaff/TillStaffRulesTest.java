package dev.regulars.server.tillstaff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.regulars.core.security.PinHasher;
import dev.regulars.server.platform.Problem;
import dev.regulars.server.staff.StaffRole;
import dev.regulars.server.staff.StaffUser;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The rules of the people of the tills that need no database: names, PINs, a PIN free among the others. */
class TillStaffRulesTest {

    private static final Instant MORNING = Instant.parse("2026-12-03T08:00:00Z");

    @Test
    void aPinIsFourToEightDigitsAndSpacesAroundItDoNotCount() {
        assertThat(Pin.typed(" 1234 ").digits()).isEqualTo("1234");
        assertThat(Pin.typed("12345678").digits()).isEqualTo("12345678");
        for (String wrong : new String[] {"12", "123", "abcd", "12 34", "123456789", "１２３４", "", null}) {
            assertThatThrownBy(() -> Pin.typed(wrong)).as(wrong).isInstanceOfSatisfying(Problem.class, p -> {
                assertThat(p.key()).isEqualTo("tillstaff.error.pin");
                assertThat(p.getMessage()).isEqualTo("A PIN is 4 to 8 digits");
                assertThat(p.in(Locale.forLanguageTag("ru"))).isEqualTo("PIN-код — это от 4 до 8 цифр");
            });
        }
    }

    @Test
    void aPinNeverShowsItsDigitsAndIsKeptAsAHashOnly() {
        Pin pin = Pin.typed("4711");
        assertThat(pin.toString()).doesNotContain("4711").isEqualTo("Pin[****]");
        String hash = pin.hash();
        assertThat(hash).startsWith("pbkdf2-sha256$").doesNotContain("4711");
        assertThat(PinHasher.matches("4711", hash)).isTrue();
        assertThat(pin.hash()).as("a random salt each time").isNotEqualTo(hash);
    }

    @Test
    void aPinAnotherActivePersonHasIsRefusedWithoutSayingWhose() {
        List<String> others = List.of(PinHasher.hash("1234"), PinHasher.hash("5678"));
        Pin.typed("4711").requireFreeAmong(others);
        Pin.typed("1234").requireFreeAmong(List.of());
        assertThatThrownBy(() -> Pin.typed("5678").requireFreeAmong(others))
                .isInstanceOfSatisfying(Problem.class, p -> {
                    assertThat(p.key()).isEqualTo("tillstaff.error.pinTaken");
                    assertThat(p.args()).isEmpty();
                    assertThat(p.getMessage()).isEqualTo("Someone active at this store's tills has this PIN already;"
                            + " choose another (two people with one PIN would log in as each other)");
                    assertThat(p.in(Locale.forLanguageTag("ru"))).startsWith("Этот PIN-код уже есть");
                });
        // a longer PIN that starts with another's is another PIN
        Pin.typed("12345").requireFreeAmong(others);
    }

    @Test
    void aNameHasOneToSixtyCharactersOnOneLine() {
        assertThat(PersonName.typed("  Anna K.  ").value()).isEqualTo("Anna K.");
        assertThat(PersonName.typed("x".repeat(60)).value()).hasSize(60);
        for (String wrong : new String[] {"", "   ", null, "x".repeat(61), "Anna\nK.", "Anna\tK."}) {
            assertThatThrownBy(() -> PersonName.typed(wrong)).as(String.valueOf(wrong))
                    .isInstanceOfSatisfying(Problem.class, p -> assertThat(p.getMessage())
                            .isEqualTo("A name has 1 to 60 characters, on one line"));
        }
    }

    @Test
    void everyChangeOfAPersonTakesItsChangeNumberAndSaysWhoMadeItWhen() {
        Cashier max = new Cashier("store-1", PersonName.typed("Max"), PinHasher.hash("5678"), false,
                new Cashier.Change(7, "owner-1", MORNING));
        assertThat(max.active()).isTrue();
        assertThat(max.manager()).isFalse();
        assertThat(max.changeSeq()).isEqualTo(7);
        assertThat(max.createdAt()).isEqualTo(MORNING);
        assertThat(max.changedBy()).isEqualTo("owner-1");

        Instant later = MORNING.plusSeconds(3600);
        max.manager(true, new Cashier.Change(9, "manager-1", later));
        assertThat(max.manager()).isTrue();
        assertThat(max.changeSeq()).isEqualTo(9);
        assertThat(max.changedAt()).isEqualTo(later);
        assertThat(max.changedBy()).isEqualTo("manager-1");
        assertThat(max.createdAt()).as("added stays when it was").isEqualTo(MORNING);

        max.active(false, new Cashier.Change(12, "owner-1", later.plusSeconds(60)));
        assertThat(max.active()).isFalse();
        assertThat(max.changeSeq()).isEqualTo(12);
        max.rename(PersonName.typed("Max B."), new Cashier.Change(13, "owner-1", later.plusSeconds(120)));
        assertThat(max.name()).isEqualTo("Max B.");
        assertThat(max.changeSeq()).isEqualTo(13);
    }

    @Test
    void marketersDoNotManageThePeopleOfTheTills() {
        TillStaff.mayManage(staff(StaffRole.OWNER));
        TillStaff.mayManage(staff(StaffRole.MANAGER));
        assertThatThrownBy(() -> TillStaff.mayManage(staff(StaffRole.MARKETER)))
                .isInstanceOfSatisfying(Problem.class, p -> assertThat(p.key())
                        .isEqualTo("tillstaff.error.onlyManagers"));
    }

    @Test
    void theDemoCafeHasACashierAndATillManager() {
        assertThat(DemoTillStaff.PEOPLE).extracting(DemoTillStaff.DemoPerson::name).containsExactly("Anna", "Max");
        assertThat(DemoTillStaff.PEOPLE).filteredOn(DemoTillStaff.DemoPerson::manager)
                .extracting(DemoTillStaff.DemoPerson::name).containsExactly("Max");
        DemoTillStaff.PEOPLE.forEach(p -> Pin.typed(p.pin()));
    }

    private static StaffUser staff(StaffRole role) {
        return new StaffUser("business-1", role.name().toLowerCase(Locale.ROOT) + "@example.test", "Someone",
                "unused", role, MORNING);
    }
}
