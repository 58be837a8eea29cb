package dev.regulars.wallet.apple;

import dev.regulars.wallet.Plurals;

/**
 * The words on the card in one language: field labels and the change messages Wallet shows on the lock screen when
 * a pushed update changes a field. A change message carries {@code %@} where Wallet puts the field's new value
 * (PassKit Package Format Reference, field dictionary key "changeMessage").
 *
 * @param pointsLabel label of the balance field
 * @param pointsChange change message of the balance, with {@code %@}; its plural forms separated by {@code |}:
 *     one form for every number, two for one|other (English, Dutch), three for one|few|many (Russian); see
 *     {@link #pointsChange(Plurals.Category)}
 * @param tierLabel label of the tier field
 * @param tierChange change message of the tier, with {@code %@}
 * @param memberLabel label of the member's first name
 * @param cardLabel label of the card number
 * @param newsLabel label of the news on the back of the card (the latest campaign message)
 */
public record PassTexts(String pointsLabel, String pointsChange, String tierLabel, String tierChange,
        String memberLabel, String cardLabel, String newsLabel) {

    /** English. */
    public static final PassTexts ENGLISH = new PassTexts("Points",
            "Your balance is now %@ point.|Your balance is now %@ points.",
            "Tier", "Your tier is now %@.", "Member", "Card", "News");
    /** Russian. */
    public static final PassTexts RUSSIAN = new PassTexts("Баллы",
            "Ваш баланс: %@ балл.|Ваш баланс: %@ балла.|Ваш баланс: %@ баллов.",
            "Уровень", "Ваш уровень теперь %@.", "Участник", "Карта", "Новости");
    /** Dutch. */
    public static final PassTexts DUTCH = new PassTexts("Punten", "Je saldo is nu %@ punt.|Je saldo is nu %@ punten.",
            "Niveau", "Je niveau is nu %@.", "Lid", "Kaart", "Nieuws");

    /** @throws IllegalArgumentException when a text is blank or a change message lacks {@code %@} */
    public PassTexts {
        for (String text : new String[] {pointsLabel, pointsChange, tierLabel, tierChange, memberLabel, cardLabel,
                newsLabel}) {
            if (text == null || text.isBlank()) {
                throw new IllegalArgumentException("a pass text is missing");
            }
        }
        String[] forms = pointsChange.split("\\|", -1);
        if (forms.length > 3 || !tierChange.contains("%@")) {
            throw new IllegalArgumentException("a change message needs %@ for the new value");
        }
        for (String form : forms) {
            if (!form.contains("%@")) {
                throw new IllegalArgumentException("a change message needs %@ for the new value");
            }
        }
    }

    /**
     * The balance's change message for a number of this plural category (Plurals, of the texts' language): with
     * two forms ONE takes the first and every other category the second; with three ONE, FEW and MANY (or OTHER)
     * take them in turn.
     */
    public String pointsChange(Plurals.Category category) {
        String[] forms = pointsChange.split("\\|", -1);
        return switch (forms.length) {
            case 1 -> forms[0];
            case 2 -> category == Plurals.Category.ONE ? forms[0] : forms[1];
            default -> switch (category) {
                case ONE -> forms[0];
                case FEW -> forms[1];
                default -> forms[2];
            };
        };
    }

    /** The texts without plural forms, in the order {@link PassStrings} pairs them with another language's. */
    String[] all() {
        return new String[] {pointsLabel, tierLabel, tierChange, memberLabel, cardLabel, newsLabel};
    }
}
