package dev.regulars.pos.ui.sale;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import dev.regulars.core.money.BasisPoints;
import dev.regulars.core.referral.ReferralVerdict;
import dev.regulars.core.rules.BirthdayBonus;
import dev.regulars.core.rules.Discount;
import dev.regulars.core.rules.ProgramRules;
import dev.regulars.core.rules.ReferralRules;
import dev.regulars.core.rules.Tier;
import dev.regulars.core.sync.ChangesPage;
import dev.regulars.core.sync.WireJson;
import dev.regulars.pos.TillFixture;
import dev.regulars.pos.journal.Journal;
import dev.regulars.pos.journal.TillIdentity;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A friend's code is checked before its discount is shown: by the server when it answers, else offline. */
class ReferralCheckAtTheTillTest {

    private static final ProgramRules PROGRAM = new ProgramRules(2,
            List.of(new Tier("Bronze", 0, BasisPoints.percent(3))), 1, BasisPoints.percent(30), 0, 0, 50, 12,
            new ReferralRules(Discount.percent(BasisPoints.percent(20), 300), 100, 14, 3, 10),
            BirthdayBonus.NONE);

    @TempDir
    Path dir;
    private Journal journal;
    private HttpServer server;
    private final List<ReferralVerdict.Request> asked = new CopyOnWriteArrayList<>();
    private volatile ReferralVerdict answer = ReferralVerdict.ACCEPTED;

    @BeforeEach
    void openTill() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/api/v1/referrals/check", exchange -> {
            asked.add(WireJson.mapper().readValue(exchange.getRequestBody(), ReferralVerdict.Request.class));
            byte[] body = WireJson.mapper().writeValueAsBytes(new ReferralVerdict.Answer(answer));
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        journal = TillFixture.pairedJournal(dir);
        TillIdentity paired = journal.identity().orElseThrow();
        journal.saveIdentity(new TillIdentity("http://127.0.0.1:" + server.getAddress().getPort(),
                paired.terminalId(), paired.token(), paired.businessName(), paired.storeName(), paired.currency(),
                paired.phoneRegion(), paired.zoneId(), paired.phoneHashKey()));
        journal.applyChanges(new ChangesPage(11, false, PROGRAM, List.of(), List.of(), List.of()));
    }

    @AfterEach
    void closeTill() {
        journal.close();
        server.stop(0);
    }

    private SaleViewModel enrolling(String code) {
        SaleViewModel model = new SaleViewModel(TillFixture.context(journal), () -> { });
        model.add(model.catalog().get(0));
        model.phoneInputProperty().set("06 2345 6789");
        model.findCustomer();
        model.enrollment().firstNameProperty().set("Noor");
        model.enrollment().referralCodeProperty().set(code);
        model.enroll();
        return model;
    }

    @Test
    void theServerRefusesTheCustomersOwnCodeBeforeAnyDiscountShows() {
        answer = ReferralVerdict.OWN_CODE;
        SaleViewModel model = enrolling("nrr-234");

        assertThat(asked).containsExactly(new ReferralVerdict.Request("NRR234", "+31623456789"));
        assertThat(model.errorMessageProperty().get())
                .isEqualTo("NRR234 is the customer's own code: the friend's discount does not apply");
        assertThat(model.enrollmentOpenProperty().get()).isTrue();
        assertThat(model.totals().discountProperty().get()).isEmpty();
    }

    @Test
    void anUnknownCodeAndASecondPurchaseAreSaidClearly() {
        answer = ReferralVerdict.UNKNOWN_CODE;
        assertThat(enrolling("EVA234").errorMessageProperty().get())
                .isEqualTo("No customer has the code EVA234: the friend's discount does not apply");
        answer = ReferralVerdict.NOT_FIRST_PURCHASE;
        assertThat(enrolling("EVA234").errorMessageProperty().get())
                .isEqualTo("The friend's discount is for a first purchase only: this phone is a customer already");
    }

    @Test
    void aCodeTheServerAcceptsBringsTheDiscount() {
        SaleViewModel model = enrolling("EVA234");

        assertThat(model.errorMessageProperty().get()).isEmpty();
        assertThat(model.enrollmentOpenProperty().get()).isFalse();
        assertThat(model.totals().discountProperty().get()).startsWith("−€0.58 friend's welcome");
    }

    @Test
    void offlineTheTillsOwnRulesDecide() {
        server.stop(0);
        SaleViewModel model = enrolling("EVA234");
        assertThat(model.enrollmentOpenProperty().get()).isFalse();
        assertThat(model.totals().discountProperty().get()).startsWith("−€0.58 friend's welcome");

        journal.applyChanges(new ChangesPage(12, false, TillFixture.RULES, List.of(), List.of(), List.of()));
        SaleViewModel noReferrals = enrolling("EVA234");
        assertThat(noReferrals.errorMessageProperty().get()).isEqualTo("This program has no friend's codes");
        assertThat(noReferrals.enrollmentOpenProperty().get()).isTrue();
    }
}
