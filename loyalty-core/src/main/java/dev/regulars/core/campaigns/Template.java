package dev.regulars.core.campaigns;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A message text with variables in braces: {firstName}, {balance}, {bonus}, {bonusExpiry}, {cardLink}. A variable
 * the customer has no value for becomes its fallback: "{firstName|friend}" reads "friend" for a customer without a
 * first name. Unknown variables are refused when the template is made, not when it is sent.
 */
public record Template(String subject, String body) {

    public static final java.util.Set<String> VARIABLES = java.util.Set.of("firstName", "balance", "bonus",
            "bonusExpiry", "cardLink");
    private static final Pattern VARIABLE = Pattern.compile("\\{(\\w+)(?:\\|([^}]*))?}");

    public Template {
        if (body == null || body.isBlank()) {
            throw new IllegalArgumentException("a message needs a text");
        }
        for (String text : new String[] {subject == null ? "" : subject, body}) {
            Matcher m = VARIABLE.matcher(text);
            while (m.find()) {
                if (!VARIABLES.contains(m.group(1))) {
                    throw new IllegalArgumentException("{" + m.group(1) + "} is not a variable; use one of "
                            + new java.util.TreeSet<>(VARIABLES));
                }
            }
        }
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
