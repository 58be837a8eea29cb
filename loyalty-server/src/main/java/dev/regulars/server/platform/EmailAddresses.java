package dev.regulars.server.platform;

import java.util.regex.Pattern;

/**
 * Whether typed text can be an e-mail address to send to: something@domain.tld, at most 254 characters (RFC 5321's
 * limit on a path). Deliberately loose: the mail server is the judge of the rest, and says so per message.
 */
public final class EmailAddresses {

    private static final Pattern ADDRESS = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private EmailAddresses() {
    }

    /** @param address already stripped */
    public static boolean isValid(String address) {
        return address.length() <= 254 && ADDRESS.matcher(address).matches();
    }
}
