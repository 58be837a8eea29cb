package dev.regulars.server.customerpages.web;

import dev.regulars.core.names.PersonNames;
import dev.regulars.server.customerpages.WebEnrollment;
import dev.regulars.server.platform.EmailAddresses;
import java.time.DateTimeException;
import java.time.MonthDay;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * The details a new customer types after the code, as sent, and what is wrong with them: each error under its
 * field's id, as a key of the page texts with its arguments. A first name is required (PersonNames: cleaned of
 * control and bidi characters, not blank, 1 to 60 UTF-16 units as the field's maxlength counts); the
 * birthday is optional but, when given, a day and a month that exist together (29 February does); e-mails need an
 * address; a friend's code must be a customer's ({@code friendKnown} says).
 */
record JoinForm(String firstName, String day, String month, boolean sms, boolean email, boolean wallet,
                String emailAddress, String friendCode) {

    static final int MAX_NAME = 60;

    /** An error: the text's key and its arguments. */
    record Error(String key, Object... args) {
    }

    static JoinForm read(Function<String, String> parameter) {
        return new JoinForm(PersonNames.clean(parameter.apply("firstName")), clean(parameter.apply("day")),
                clean(parameter.apply("month")), "yes".equals(parameter.apply("sms")),
                "yes".equals(parameter.apply("email")), "yes".equals(parameter.apply("wallet")),
                clean(parameter.apply("emailAddress")), clean(parameter.apply("friendCode")));
    }

    /** What is wrong, by field id; empty when the form may be sent. */
    Map<String, Error> errors(Function<String, Boolean> friendKnown) {
        Map<String, Error> errors = new LinkedHashMap<>();
        if (PersonNames.isBlank(firstName) || PersonNames.tooLong(firstName, MAX_NAME)) {
            errors.put("firstName", new Error("error.name", MAX_NAME));
        }
        if (day.isEmpty() != month.isEmpty()) {
            errors.put("birthday", new Error("error.birthdayHalf"));
        } else if (!day.isEmpty()) {
            if (birthday() == null) {
                errors.put("birthday", new Error("error.birthday"));
            }
        }
        if (!emailAddress.isEmpty() && !EmailAddresses.isValid(emailAddress)) {
            errors.put("emailAddress", new Error("error.email", PageTexts.echo(emailAddress)));
        } else if (email && emailAddress.isEmpty()) {
            errors.put("emailAddress", new Error("error.emailMissing"));
        }
        if (!friendCode.isEmpty() && !friendKnown.apply(friendCode)) {
            errors.put("friendCode", new Error("error.friendCode", PageTexts.echo(friendCode)));
        }
        return errors;
    }

    /** The birthday typed, or null when none (or not a date). */
    MonthDay birthday() {
        if (!day.matches("\\d{1,2}") || !month.matches("\\d{1,2}")) {
            return null;
        }
        try {
            return MonthDay.of(Integer.parseInt(month), Integer.parseInt(day));
        } catch (DateTimeException e) {
            return null;
        }
    }

    WebEnrollment.Details details(String language) {
        return new WebEnrollment.Details(firstName, birthday(), sms, email, wallet,
                emailAddress.isEmpty() ? null : emailAddress, friendCode.isEmpty() ? null : friendCode, language);
    }

    private static String clean(String value) {
        return value == null ? "" : value.strip();
    }
}
