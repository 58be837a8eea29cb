package dev.regulars.pos.receipt;

import static org.assertj.core.api.Assertions.assertThat;

import dev.regulars.pos.receipt.ReceiptRow.Text;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What a receipt says, worked out by hand, in the three languages. */
class ReceiptLayoutTest {

    private static List<String> texts(Receipt receipt) {
        return ReceiptLayout.rows(receipt).stream().map(row -> switchText(row)).toList();
    }

    private static String switchText(ReceiptRow row) {
        if (row instanceof Text text) {
            return text.right() == null ? text.left() : text.left() + " | " + text.right();
        }
        if (row instanceof ReceiptRow.Qr qr) {
            return "[QR " + qr.data() + "]";
        }
        return row instanceof ReceiptRow.Rule ? "---" : "";
    }

    @Test
    void anEnglishReceiptCarriesEverythingTheIssueAsksFor() {
        // lattes: (350 + 50 + 40) x 2 = 880, 10 % off = 88 -> 792; mug 1250; subtotal 2042; 100 off -> 1942;
        // 200 points (at most 30 % of 1942 = 582) -> 1742 paid; 5 % of 1742 = 87.1 -> 87 points
        assertThat(texts(ReceiptSamples.latteReceipt("en", "EUR"))).containsExactly(
                "Demo Café", "Prinsengracht 123", "1015 DV Amsterdam", "VAT no. NL001234567B01", "",
                "Receipt 000123 | 23 Nov 2026 09:41", "Till Front | Cashier Anna", "---",
                "Latte | 8.80", "  2 x 4.40", "  + Size: Large | +0.50", "  + Milk: Oat | +0.40",
                "  Discount | -0.88",
                "Mug | 12.50", "---",
                "Subtotal | 20.42", "Discount on the check | -1.00", "Paid with 200 points | -2.00",
                "TOTAL EUR | 17.42",
                // 1742 shared: 300 off shared 792 : 1250 -> 116.4 / 183.6 -> 116 / 184; 9 % of 676 = 55.8 -> 56;
                // 21 % of 1066 = 185.0 -> 185
                "VAT 9 % of 6.76 | 0.56", "VAT 21 % of 10.66 | 1.85", "---",
                "Card | 10.00", "Cash | 7.42", "Cash given | 20.00", "Change | 12.58", "---",
                "Hello, Eva!", "Points redeemed | -200", "Points earned | +87",
                "Your points | 137", "",
                "How was your visit? Scan to rate it.", "[QR https://regulars.example/r/bxwqUhscT0OaR1TR-PegAQ]",
                "", "Thank you!");
    }

    @Test
    void russianAndDutchReceiptsSpeakTheStoresLanguage() {
        List<String> ru = texts(ReceiptSamples.latteReceipt("ru", "RUB"));
        assertThat(ru).contains("Кофейня Зерно", "Чек 000123 | 23.11.2026 09:41", "Касса Front | Кассир Anna",
                "ИТОГО RUB | 17,42", "НДС 9 % с 6,76 | 0,56", "Наличные | 7,42", "Сдача | 12,58",
                "Здравствуйте, Eva!", "Начислено баллов | +87", "Как вам у нас? Оцените визит по QR-коду.");
        List<String> nl = texts(ReceiptSamples.latteReceipt("nl", "EUR"));
        assertThat(nl).contains("Bon 000123 | 23-11-2026 09:41", "TOTAAL EUR | 17,42", "Btw 21 % over 10,66 | 1,85",
                "Pin | 10,00", "Contant | 7,42", "Wisselgeld | 12,58", "Punten gespaard | +87");
    }

    @Test
    void aRussianReceiptNamesAnEuVatNumberAsSuchAndARussianTaxNumberAsAnInn() {
        Receipt dutchStore = ReceiptSamples.latteReceipt("ru", "RUB");
        assertThat(texts(dutchStore)).contains("Номер НДС NL001234567B01").noneMatch(t -> t.startsWith("ИНН"));

        ReceiptStore s = dutchStore.store();
        ReceiptStore russianStore = new ReceiptStore(s.name(), s.addressLines(), "7707083893", s.language(),
                s.footer(), s.zone(), s.publicUrl());
        Receipt russian = new Receipt(dutchStore.kind(), russianStore, dutchStore.number(), dutchStore.issuedAt(),
                dutchStore.tillName(), dutchStore.cashierName(), dutchStore.currency(), dutchStore.lines(),
                dutchStore.totals(), dutchStore.vat(), dutchStore.payments(), dutchStore.loyalty(),
                dutchStore.ratingUrl(), false);
        assertThat(texts(russian)).contains("ИНН 7707083893");
    }

    @Test
    void aCopySaysSoAndAnAnonymousSaleHasNoPointsSection() {
        Receipt copy = ReceiptSamples.latteReceipt("en", "EUR").asCopy();
        assertThat(texts(copy)).contains("COPY");

        Receipt plain = ReceiptSamples.latteReceipt("en", "EUR");
        Receipt anonymous = new Receipt(plain.kind(), plain.store(), plain.number(), plain.issuedAt(),
                plain.tillName(), null, plain.currency(), plain.lines(), plain.totals(), plain.vat(),
                plain.payments(), null, plain.ratingUrl(), false);
        assertThat(texts(anonymous)).doesNotContain("Your points | 137").contains("Till Front");
    }

    @Test
    void anApostropheInTheWordsPrintsOnce() {
        ReceiptTexts english = new ReceiptTexts(java.util.Locale.ENGLISH, java.util.Currency.getInstance("EUR"));
        assertThat(english.say("discount.referral")).isEqualTo("Friend's discount");
    }
}
