package dev.regulars.core.campaigns;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A message text with variables in braces: {firstName}, {balance}, {bonus}, {bonusExpiry}. A variable the customer
 * has no value for becomes its fallback: "{firstName|friend}" reads "friend" for a customer without a first name.
 * Unknown variables and braces that make no variable ("{ firstName }", "Hi firstName}") are refused when the
 * template is made, not when it is sent. (The card link joins when customers have a card page.)
 */
public record Template(String subject, String body) {

    public static final java.util.Set<String> VARIABLES = java.util.Set.of("firstName", "balance", "bonus",
            "bonusExpiry");
    private static final Pattern VARIABLE = Pattern.compile("\\{(\\w+)(?:\\|([^}]*))?}");

    public Template {
        if (body == null || body.isBlank()) {
            throw new IllegalArgumentException("a message needs a text");
        }
        for (String text : new String[] {subject == null ? "" : subject, body}) {
            String wrong = problemIn(text);
            if (wrong != null) {
                throw new IllegalArgumentException(wrong);
            }
        }
    }

    /** What is wrong with the variables of {@code text}, in words for the marketer; null when nothing is. */
    public static String problemIn(String text) {
        Matcher m = VARIABLE.matcher(text);
        while (m.find()) {
            if (!VARIABLES.contains(m.group(1))) {
                return "{" + m.group(1) + "} is not a variable; use one of " + new java.util.TreeSet<>(VARIABLES);
            }
        }
        String rest = VARIABLE.matcher(text).replaceAll("");
        if (rest.contains("{") || rest.contains("}")) {
            return "A brace that makes no variable: write variables as {firstName}, without spaces inside";
        }
        return null;
    }

    /** Whether {@code text} uses the variable {@code name}. */
    public boolean uses(String name) {
        for (String text : new String[] {subject == null ? "" : subject, body}) {
            Matcher m = VARIABLE.matcher(text);
            while (m.find()) {
                if (m.group(1).equals(name)) {
                    return true;
                }
            }
        }
        return false;
    }

    public String subject(Map<String, String> values) {
        return subject == null ? null : fill(subject, values);
    }

    public String body(Map<String, String> values) {
        return fill(body, values);
    }

    private static String fill(String text, Map<String, String> values) {
        Matcher m = VARIABLE.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = values.get(m.group(1));
            if (value == null || value.isBlank()) {
                value = m.group(2) == null ? "" : m.group(2);
            }
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return out.toString();
    }
}
