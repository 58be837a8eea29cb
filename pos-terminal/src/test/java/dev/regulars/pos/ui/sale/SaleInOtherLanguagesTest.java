package dev.regulars.pos.ui.sale;

import static org.assertj.core.api.Assertions.assertThat;

import dev.regulars.core.sync.CatalogItem;
import dev.regulars.pos.TillFixture;
import dev.regulars.pos.journal.Journal;
import dev.regulars.pos.receipt.PrinterProfile;
import dev.regulars.pos.receipt.ReceiptOutput;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sale screen speaks the cashier's language (the fixture's store is Dutch: euros, Dutch phone numbers), money
 * formatted for that language; phone numbers are still read in the store's region.
 */
class SaleInOtherLanguagesTest {

    /** The no-break space Russian and Dutch put between an amount and its currency sign. */
    private static final String NBSP = "\u00a0";

    @TempDir
    Path dir;
    private Journal journal;

    @BeforeEach
    void openTill() {
        journal = TillFixture.pairedJournal(dir);
    }

    @AfterEach
    void closeTill() {
        journal.close();
    }

    private static CatalogItem item(SaleViewModel model, String sku) {
        return model.catalog().stream().filter(i -> i.sku().equals(sku)).findFirst().orElseThrow();
    }

    @Test
    void aRussianCashierReadsTheCustomerTheTotalsAndTheSaleInRussian() {
        SaleViewModel model = new SaleViewModel(TillFixture.context(journal, "ru"), () -> { });
        assertThat(model.customerStatusProperty().get()).isEqualTo("Покупатель не выбран");
        model.add(item(model, "FLAT-WHITE"));
        model.add(item(model, "FLAT-WHITE"));
        model.add(item(model, "CROISSANT"));
        // a Dutch mobile number as the Dutch store's customers say it: read in the store's region, not the language's
        model.phoneInputProperty().set("06-12345678");
        model.findCustomer();

        assertThat(model.customerStatusProperty().get()).isEqualTo("Eva · +31 6 12345678 · баллов: 250");
        assertThat(model.totals().pointsProperty().get()).isEqualTo("Начислится баллов: 53");
        model.redeemPointsProperty().set(true);
        assertThat(model.totals().discountProperty().get()).isEqualTo("−2,50" + NBSP + "€ (баллов: 250)");
        assertThat(model.totals().dueProperty().get()).isEqualTo("8,00" + NBSP + "€");
        assertThat(model.totals().pointsProperty().get()).isEqualTo("Начислится баллов: 40");

        model.tenderedInputProperty().set("10");
        model.payCash();

        assertThat(model.errorMessageProperty().get()).isEmpty();
        assertThat(model.receiptTextProperty().get()).isEqualTo("Оплачено 8,00" + NBSP + "€ · сдача 2,00" + NBSP
                + "€\nEva: списано баллов: 250, начислено баллов: 40 · баланс: 40");
    }

    @Test
    void aRussianCashierReadsWhyAPhoneOrCardIsNotFoundInRussian() {
        SaleViewModel model = new SaleViewModel(TillFixture.context(journal, "ru"), () -> { });

        model.phoneInputProperty().set("12");
        model.findCustomer();
        assertThat(model.errorMessageProperty().get())
                .isEqualTo("«12» — неверный номер для страны NL (проверьте количество цифр)");

        // no phone, and a card neither this till nor the (silent) server knows: both reasons, in Russian
        model.phoneInputProperty().set("0042 7788");
        model.findCustomer();
        assertThat(model.errorMessageProperty().get()).isEqualTo("Это не телефон и не карта, известная кассе, а"
                + " сервер не отвечает: У номера «0042 7788» неизвестный код страны");

        model.phoneInputProperty().set("RC 12");
        model.findCustomer();
        assertThat(model.errorMessageProperty().get())
                .isEqualTo("«RC 12» — не номер карты (от 4 до 32 букв и цифр, можно с RC в начале)");

        model.payCash();
        assertThat(model.errorMessageProperty().get()).isEqualTo("Добавьте хотя бы один товар");
    }

    @Test
    void aRussianCashierReadsWhyTheReceiptDidNotPrintInRussian() {
        Path gone = dir.resolve("lp9");
        SaleViewModel model = new SaleViewModel(TillFixture.context(journal, "ru"), null,
                new ReceiptOutput(ReceiptOutput.printerAt(gone.toString()), PrinterProfile.PAPER_80, null), () -> { });
        model.add(item(model, "CROISSANT"));

        model.payCash();

        assertThat(model.receiptTextProperty().get()).isEqualTo("Оплачено 2,90" + NBSP + "€");
        assertThat(model.receipts().statusProperty().get()).isEqualTo("Чек 000001 сохранён, но не напечатан:"
                + " Принтера " + gone + " нет: он подключён и включён? Напечатайте его ещё раз из списка продаж.");
    }

    @Test
    void aDutchCashierEnrollsInDutch() {
        SaleViewModel model = new SaleViewModel(TillFixture.context(journal, "nl"), () -> { });
        model.add(item(model, "FLAT-WHITE"));
        model.phoneInputProperty().set("06 2345 6789");
        model.findCustomer();
        assertThat(model.customerStatusProperty().get()).isEqualTo("+31 6 23456789 spaart nog niet mee: inschrijven?");

        model.enrollment().birthdayProperty().set("31-02");
        model.enroll();
        assertThat(model.errorMessageProperty().get()).isEqualTo("\"31-02\" is geen dag van het jaar");
        model.enrollment().birthdayProperty().set("");
        model.enrollment().referralCodeProperty().set("EVA-10");
        model.enroll();
        assertThat(model.errorMessageProperty().get())
                .isEqualTo("\"EVA-10\" is geen code van een vriend (6 letters en cijfers)");
        model.enrollment().referralCodeProperty().set("");
        model.enrollment().cardProperty().set("card #12");
        model.enroll();
        assertThat(model.errorMessageProperty().get()).isEqualTo(
                "Kaart: \"card #12\" is geen kaartnummer (4 tot 32 letters en cijfers, eventueel na RC)");
        model.enrollment().cardProperty().set("");
        model.payCash();
        assertThat(model.errorMessageProperty().get()).isEqualTo("Rond de inschrijving af of haal de klant weg");

        model.enrollment().firstNameProperty().set("Noor");
        model.enrollment().consentProperty().set(true);
        model.enroll();
        assertThat(model.customerStatusProperty().get()).isEqualTo("Nieuw: Noor · +31 6 23456789 · aanbiedingen: ja");
        assertThat(model.totals().pointsProperty().get()).isEqualTo("Spaart 19 punten");
        assertThat(model.totals().dueProperty().get()).isEqualTo("€" + NBSP + "3,80");

        model.payCash();
        assertThat(model.receiptTextProperty().get())
                .isEqualTo("Betaald €" + NBSP + "3,80\nNoor spaarde 19 punten · saldo 19");
    }
}
