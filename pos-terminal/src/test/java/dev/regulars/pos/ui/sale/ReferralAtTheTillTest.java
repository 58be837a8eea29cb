package dev.regulars.pos.ui.sale;

import static org.assertj.core.api.Assertions.assertThat;

import dev.regulars.core.money.BasisPoints;
import dev.regulars.core.phone.PhoneHmac;
import dev.regulars.core.phone.PhoneNumbers;
import dev.regulars.core.rules.Discount;
import dev.regulars.core.rules.BirthdayBonus;
import dev.regulars.core.rules.ProgramRules;
import dev.regulars.core.rules.ReferralRules;
import dev.regulars.core.rules.Tier;
import dev.regulars.core.sync.ChangesPage;
import dev.regulars.core.sync.CustomerCacheRow;
import dev.regulars.core.sync.SaleRecord;
import dev.regulars.pos.TillFixture;
import dev.regulars.pos.journal.Journal;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Enrolling with a friend's code under a program with tiers, a welcome bonus and referrals. */
class ReferralAtTheTillTest {

    private static final ProgramRules PROGRAM = new ProgramRules(2,
            List.of(new Tier("Bronze", 0, BasisPoints.percent(3)), new Tier("Gold", 500_00, BasisPoints.percent(7))),
            1, BasisPoints.percent(30), 0, 0, 50, 12,
            new ReferralRules(Discount.percent(BasisPoints.percent(20), 300), 100, 14, 3, 10),
            BirthdayBonus.NONE);

    @TempDir
    Path dir;
    private Journal journal;
    private SaleViewModel model;

    @BeforeEach
    void openTill() {
        journal = TillFixture.pairedJournal(dir);
        journal.applyChanges(new ChangesPage(11, false, PROGRAM, List.of(), List.of(), List.of()));
        model = new SaleViewModel(TillFixture.context(journal), () -> { });
        model.add(model.catalog().get(0)); // Croissant 2.90
        model.add(model.catalog().get(1)); // Flat white 3.80
        model.phoneInputProperty().set("06 2345 6789");
        model.findCustomer();
    }

    @AfterEach
    void closeTill() {
        journal.close();
    }

    @Test
    void aFriendsCodeTakesTheDiscountAndTheWelcomeBonusShows() {
        model.enrollment().firstNameProperty().set("Noor");
        model.enrollment().referralCodeProperty().set("eva-234");
        model.enroll();

        // 20 % of 6.70 = 1.34; 3 % of 5.36 = 16.08 points
        assertThat(model.totals().discountProperty().get()).isEqualTo("−€1.34 friend's welcome");
        assertThat(model.totals().dueProperty().get()).isEqualTo("€5.36");
        assertThat(model.totals().pointsProperty().get()).isEqualTo("Earns 16 points + 50 welcome");

        model.payCash();

        SaleRecord stored = journal.unsyncedSales(10).get(0);
        assertThat(stored.enrollment().referralCode()).isEqualTo("EVA234");
        assertThat(stored.tillFigures()).isEqualTo(new SaleRecord.TillFigures(670, 134, 0, 536, 16));
        assertThat(model.receiptTextProperty().get()).endsWith("Noor earned 16 points + 50 welcome · balance 66");
    }

    @Test
    void afterACardPaymentAFriendsCodeWaitsForThePaymentToBeUndoneButAPlainEnrollmentDoesNot() {
        model.clearCustomer();
        model.tenderedInputProperty().set("2");
        model.payment().card();

        // the friend's 20 % would change the €6.70 the card is paying part of
        model.phoneInputProperty().set("06 2345 6789");
        model.findCustomer();
        model.enrollment().firstNameProperty().set("Noor");
        model.enrollment().referralCodeProperty().set("eva-234");
        model.enroll();
        assertThat(model.errorMessageProperty().get()).startsWith("That would change the amount already paid");
        assertThat(model.totals().dueProperty().get()).isEqualTo("€6.70");
        assertThat(model.enrollmentOpenProperty().get()).isTrue();

        // without the code only the points change: Noor joins with this sale and earns its points and her welcome
        model.enrollment().referralCodeProperty().set("");
        model.enroll();
        assertThat(model.errorMessageProperty().get()).isEmpty();
        assertThat(model.totals().pointsProperty().get()).isEqualTo("Earns 20 points + 50 welcome");
        model.payCash();

        SaleRecord stored = journal.unsyncedSales(10).get(0);
        assertThat(stored.enrollment().firstName()).isEqualTo("Noor");
        assertThat(stored.customer().phoneE164()).isEqualTo("+31623456789");
        assertThat(stored.payments()).extracting(p -> p.method().name() + " " + p.amountMinor())
                .containsExactly("CARD 200", "CASH 470");
    }

    @Test
    void aCodeThatCannotBeOneIsRefusedBeforeTheSale() {
        model.enrollment().referralCodeProperty().set("EVA-10");
        model.enroll();

        assertThat(model.errorMessageProperty().get()).isEqualTo("\"EVA-10\" is not a friend's code (6 letters and digits)");
        assertThat(model.enrollmentOpenProperty().get()).isTrue();
    }

    @Test
    void theGoldTierEarnsMore() {
        journal.applyChanges(new ChangesPage(12, false, PROGRAM, List.of(new CustomerCacheRow(
                TillFixture.EVA, hashOfEva(), "Eva", 250, "Gold", false, List.of())), List.of(), List.of()));
        model.clearCustomer();
        model.phoneInputProperty().set("06 1234 5678");
        model.findCustomer();

        // 7 % of 6.70 = 46.9
        assertThat(model.totals().pointsProperty().get()).isEqualTo("Earns 47 points");
    }

    private static String hashOfEva() {
        return PhoneHmac.fromBase64(TillFixture.PHONE_KEY).of(PhoneNumbers.normalize("06 1234 5678", "NL"));
    }
}
