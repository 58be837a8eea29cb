package dev.regulars.pos.ui.shift;

import static org.assertj.core.api.Assertions.assertThat;

import dev.regulars.core.pricing.CheckLine;
import dev.regulars.core.sync.CashierRecord;
import dev.regulars.core.sync.PaymentRecord.PaymentMethod;
import dev.regulars.pos.TillContext;
import dev.regulars.pos.TillFixture;
import dev.regulars.pos.journal.DrawerLog;
import dev.regulars.pos.journal.Journal;
import dev.regulars.pos.receipt.PrinterProfile;
import dev.regulars.pos.receipt.ReceiptOutput;
import dev.regulars.pos.sale.CustomerAtTill;
import dev.regulars.pos.sale.RefundDesk;
import dev.regulars.pos.shift.ShiftDesk;
import dev.regulars.pos.ui.TillTexts;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shift screen's model with a USB printer (a file here that gets the bytes): the drawer at the shift's opening,
 * the cashier's no-sale journalled and counted on the X and Z reports, the Z report opening the drawer, and the
 * shift's refunds in its list, reprinted as copies.
 */
class ShiftViewModelTest {

    private static final String KICK = "1b 40 1b 70 00 19 fa";

    @TempDir
    Path dir;

    @Test
    void theDrawerOpensForTheFloatForANoSaleAndForTheCountAndEveryOpeningIsJournalled() throws Exception {
        try (Journal journal = TillFixture.cafeJournal(dir)) {
            Path lp = Files.createFile(dir.resolve("lp0"));
            CashierRecord anna = named(journal, "Anna");
            ShiftViewModel model = model(journal, anna, lp);

            model.openingCashProperty().set("100");
            assertThat(model.openShift()).isTrue();
            assertThat(hex(lp)).as("the float goes in: the kick alone, nothing printed").isEqualTo(KICK);

            Files.write(lp, new byte[0]);
            model.openDrawer();
            assertThat(hex(lp)).isEqualTo(KICK);
            assertThat(model.messageProperty().get()).isEqualTo("The drawer is open; the no-sale is in the journal");
            var shiftId = journal.shifts().current().orElseThrow().shiftId();
            assertThat(journal.drawer().ofShift(shiftId)).extracting(DrawerLog.Opening::reason,
                    DrawerLog.Opening::cashierId, DrawerLog.Opening::openedAt).containsExactly(
                    org.assertj.core.groups.Tuple.tuple(DrawerLog.Reason.SHIFT_OPEN, anna.cashierId(),
                            TillFixture.CLOCK.instant()),
                    org.assertj.core.groups.Tuple.tuple(DrawerLog.Reason.NO_SALE, anna.cashierId(),
                            TillFixture.CLOCK.instant()));

            model.openDrawer();
            model.xReport();
            assertThat(model.reportProperty().get()).contains("X REPORT",
                    "Drawer opened without a sale" + " ".repeat(19) + "2");

            Files.write(lp, new byte[0]);
            model.countedCashProperty().set("100");
            assertThat(model.closeShift()).as("the first press asks").isFalse();
            assertThat(model.confirmingProperty().get()).isTrue();
            assertThat(model.messageProperty().get()).isEqualTo("Counted €100.00, expected €100.00, difference"
                    + " €0.00. The Z report closes the shift for good: press Close again to confirm");
            assertThat(hex(lp)).as("nothing printed or opened yet").isEmpty();
            assertThat(model.closeShift()).isTrue();
            assertThat(model.confirmingProperty().get()).isFalse();
            assertThat(model.reportProperty().get()).contains("Z REPORT",
                    "Drawer opened without a sale" + " ".repeat(19) + "2");
            // the Z report opens the drawer as it starts printing: ESC @, the code page, the kick
            assertThat(hex(lp)).startsWith("1b 40 1b 74 13 1b 70 00 19 fa");
            assertThat(journal.drawer().ofShift(shiftId)).extracting(DrawerLog.Opening::reason).containsExactly(
                    DrawerLog.Reason.SHIFT_OPEN, DrawerLog.Reason.NO_SALE, DrawerLog.Reason.NO_SALE,
                    DrawerLog.Reason.SHIFT_CLOSE);
            assertThat(journal.drawer().noSales(shiftId)).isEqualTo(2);
            // and in the Z report the server gets
            assertThat(journal.shifts().unsynced(10)).singleElement().extracting(s -> s.report().noSales())
                    .isEqualTo(2);
            // the openings are in the tamper-evident chain: whole, with a link each, beside the shift's opening
            // and its Z report
            var chain = journal.verifyChain();
            assertThat(chain.intact()).isTrue();
            assertThat(chain.links()).isEqualTo(4 + 2);
            // a no-sale removed afterwards shows
            try (var db = java.sql.DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("journal.db"));
                 var st = db.createStatement()) {
                st.executeUpdate("DELETE FROM drawer_open WHERE seq = 2");
            }
            assertThat(journal.verifyChain().breaks()).singleElement().asString()
                    .endsWith(": its entry is gone from the journal").contains("drawer opening");
        }
    }

    @Test
    void withoutAPrinterTheNoSaleIsStillJournalledAndTheCashierTold() {
        try (Journal journal = TillFixture.cafeJournal(dir)) {
            CashierRecord anna = named(journal, "Anna");
            ShiftViewModel model = model(journal, anna, null);
            assertThat(model.openShift()).as("an empty drawer is asked first").isFalse();
            assertThat(model.messageProperty().get())
                    .isEqualTo("Open the shift with €0.00 in the drawer? Press Open again to confirm");
            assertThat(model.openShift()).isTrue();
            model.openDrawer();
            assertThat(model.messageProperty().get())
                    .isEqualTo("No printer is set up, so the drawer opens with its key; the no-sale is in the journal");
            assertThat(journal.drawer().noSales(journal.shifts().current().orElseThrow().shiftId())).isEqualTo(1);
        }
    }

    @Test
    void aRefundIsInTheShiftsListAndPrintsAgainAsACopy() throws Exception {
        try (Journal journal = TillFixture.cafeJournal(dir)) {
            Path lp = Files.createFile(dir.resolve("lp0"));
            CashierRecord anna = named(journal, "Anna");
            CashierRecord maria = named(journal, "Maria");
            ShiftViewModel model = model(journal, anna, lp);
            model.openingCashProperty().set("0");
            assertThat(model.openShift()).isTrue();
            TillContext till = TillFixture.context(journal);
            till.checkout().payCash(List.of(new CheckLine("CROISSANT", "Croissant", 2, 290)),
                    new CustomerAtTill.Anonymous(), 0, 1000);
            RefundDesk refunds = new RefundDesk(journal, TillFixture.CLOCK);
            refunds.refund(journal.saleNumbered(1).orElseThrow(), Map.of(1, 1), PaymentMethod.CASH, maria, maria);
            model.refresh();

            assertThat(model.receipts()).hasSize(2);
            assertThat(model.receipts().stream().map(model::describe)).containsExactly(
                    "000001  10:30  €5.80  (Cash €5.80)", "000001-R1  10:30  -€2.90  (Cash €2.90)");
            Files.write(lp, new byte[0]);
            model.reprint(model.receipts().get(1));

            String printed = new String(Files.readAllBytes(lp), StandardCharsets.ISO_8859_1);
            assertThat(printed).contains("COPY", "REFUND", "000001-R1", "Croissant", "Cashier Maria");
            assertThat(model.messageProperty().get()).isEqualTo("Receipt 000001-R1 printed");
        }
    }

    @Test
    void aSplitRefundIsListedByTheMethodsItWentBackBy() {
        try (Journal journal = TillFixture.cafeJournal(dir)) {
            CashierRecord maria = named(journal, "Maria");
            ShiftViewModel model = model(journal, maria, null);
            model.openingCashProperty().set("100");
            assertThat(model.openShift()).isTrue();
            TillContext till = TillFixture.context(journal);
            till.checkout().pay(java.util.UUID.randomUUID(), new dev.regulars.pos.sale.CheckDraft(List.of(
                    new CheckLine("FLAT-WHITE", "Flat white", 2, 380),
                    new CheckLine("CROISSANT", "Croissant", 4, 110)), new CustomerAtTill.Anonymous(), 0,
                    dev.regulars.core.rules.Discount.NONE), List.of(dev.regulars.pos.sale.Tender.cash(500, 500),
                    dev.regulars.pos.sale.Tender.card(700)), null);
            new RefundDesk(journal, TillFixture.CLOCK).refund(journal.saleNumbered(1).orElseThrow(),
                    Map.of(1, 2, 2, 4), PaymentMethod.CASH, maria, maria);
            model.refresh();

            assertThat(model.receipts().stream().map(model::describe)).containsExactly(
                    "000001  10:30  €12.00  (Cash €5.00 + Card €7.00)",
                    "000001-R1  10:30  -€12.00  (Card €7.00 + Cash €5.00)");
        }
    }

    @Test
    void anotherCountAfterTheQuestionAsksAgainWithItsFigures() {
        try (Journal journal = TillFixture.cafeJournal(dir)) {
            ShiftViewModel model = model(journal, named(journal, "Anna"), null);
            model.openingCashProperty().set("50");
            assertThat(model.openShift()).isTrue();
            model.countedCashProperty().set("48.5");
            assertThat(model.closeShift()).isFalse();
            assertThat(model.messageProperty().get()).startsWith("Counted €48.50, expected €50.00, difference -€1.50.");
            model.countedCashProperty().set("50");
            assertThat(model.confirmingProperty().get()).isFalse();
            assertThat(model.closeShift()).as("a new count is asked again").isFalse();
            assertThat(model.messageProperty().get()).startsWith("Counted €50.00, expected €50.00,");
            assertThat(journal.shifts().current()).isPresent();
            assertThat(model.closeShift()).isTrue();
            assertThat(journal.shifts().current()).isEmpty();
        }
    }

    @Test
    void theCashCountedOnThePadShowsTheDifferenceBeforeTheClose() {
        try (Journal journal = TillFixture.cafeJournal(dir)) {
            ShiftViewModel model = model(journal, named(journal, "Anna"), null);
            model.openingCashProperty().set("50");
            assertThat(model.openShift()).isTrue();

            model.keypad().open(model.countedCashPad());
            dev.regulars.pos.ui.keypad.PadTaps.press(model.keypad(), "4", "8", ".", "5", "0", "0", "OK");
            assertThat(model.countedCashProperty().get()).as("the euro's two decimals").isEqualTo("48.50");
            assertThat(model.keypad().openProperty().get()).isNull();
            assertThat(model.closeShift()).isFalse();
            assertThat(model.messageProperty().get()).startsWith("Counted €48.50, expected €50.00, difference -€1.50.");
        }
    }

    @Test
    void aZReportThatDidNotPrintIsPrintedAgainAfterTheCloseAndSaysSoInReportWords() throws Exception {
        try (Journal journal = TillFixture.cafeJournal(dir)) {
            CashierRecord anna = named(journal, "Anna");
            Path gone = dir.resolve("no-such-printer");
            ShiftViewModel model = model(journal, anna, gone);
            assertThat(model.reportReprintableProperty().get()).as("no report yet").isFalse();
            model.reprintReport();
            assertThat(model.messageProperty().get()).isEqualTo("There is no X or Z report to print again yet");
            model.openingCashProperty().set("50");
            assertThat(model.openShift()).isTrue();
            model.countedCashProperty().set("50");
            model.closeShift();
            assertThat(model.closeShift()).isTrue();
            assertThat(model.messageProperty().get()).startsWith("The report is saved but did not print:")
                    .endsWith("Print it again with Reprint last report.").doesNotContain("sale");

            // the close logged Anna out: the next screen's model has the journal's Z report to print again
            Path lp = Files.createFile(dir.resolve("lp0"));
            ShiftViewModel next = model(journal, anna, lp);
            assertThat(next.receipts()).isEmpty();
            assertThat(next.reportReprintableProperty().get()).isTrue();
            next.reprintReport();
            String printed = new String(Files.readAllBytes(lp), StandardCharsets.ISO_8859_1);
            assertThat(printed).contains("Z REPORT");
            assertThat(hex(lp)).as("a reprint does not open the drawer").doesNotContain("1b 70 00");
            assertThat(next.messageProperty().get()).isEmpty();
        }
    }

    @Test
    void theReportOnScreenIsAsWideAsTheTillsPaper() {
        try (Journal journal = TillFixture.cafeJournal(dir)) {
            ShiftViewModel model = model(journal, named(journal, "Anna"), null, PrinterProfile.PAPER_58);
            model.openingCashProperty().set("50");
            assertThat(model.openShift()).isTrue();
            model.xReport();
            List<String> lines = model.reportProperty().get().lines().toList();
            assertThat(lines).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(32));
            assertThat(lines).anySatisfy(line -> assertThat(line.length()).isEqualTo(32));
            // no refunds: nothing refunded, not "-0.00"
            assertThat(model.reportProperty().get()).contains("0.00").doesNotContain("-0.00");
        }
    }

    @Test
    void theDifferenceHasItsSignInDutchAsOnThePaper() {
        try (Journal journal = TillFixture.cafeJournal(dir)) {
            ShiftViewModel model = model(journal, named(journal, "Anna"), null, PrinterProfile.PAPER_80,
                    TillFixture.context(journal, "nl"));
            model.openingCashProperty().set("50");
            assertThat(model.openShift()).isTrue();
            model.countedCashProperty().set("50,10");
            assertThat(model.closeShift()).isFalse();
            // the Dutch format keeps a no-break space after the euro sign
            assertThat(model.messageProperty().get().replace('\u00a0', ' '))
                    .startsWith("Geteld € 50,10, verwacht € 50,00, verschil +€ 0,10.");
            model.countedCashProperty().set("48,50");
            assertThat(model.closeShift()).isFalse();
            assertThat(model.messageProperty().get().replace('\u00a0', ' ')).contains("verschil -€ 1,50.");
        }
    }

    static ShiftViewModel model(Journal journal, CashierRecord cashier, Path printer) {
        return model(journal, cashier, printer, PrinterProfile.PAPER_80);
    }

    static ShiftViewModel model(Journal journal, CashierRecord cashier, Path printer, PrinterProfile paper) {
        return model(journal, cashier, printer, paper, TillFixture.context(journal));
    }

    /** @param till the till in the cashier's language */
    static ShiftViewModel model(Journal journal, CashierRecord cashier, Path printer, PrinterProfile paper,
                                TillContext till) {
        ReceiptOutput output = new ReceiptOutput(printer == null ? null : ReceiptOutput.printerAt(printer.toString()),
                paper, null);
        TillTexts words = TillTexts.of(till);
        return new ShiftViewModel(new ShiftDesk(journal, TillFixture.CLOCK, "EUR"), journal,
                new DrawerDesk(journal, output, TillFixture.CLOCK, cashier, words, Runnable::run, Runnable::run),
                till.checkout(), cashier, output, words, Runnable::run, Runnable::run);
    }

    static CashierRecord named(Journal journal, String name) {
        return journal.cashiers().stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow();
    }

    private static String hex(Path file) throws Exception {
        return HexFormat.ofDelimiter(" ").formatHex(Files.readAllBytes(file));
    }
}
