package dev.regulars.server.platform;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;

/**
 * Whether typed text is an e-mail address to send to, strictly: a bare address (no display name, no group, no
 * comments) that Jakarta Mail accepts with strict RFC 822 checks ({@code InternetAddress(address, true).validate()}),
 * with exactly one @, a domain with a dot, no consecutive dots and no dot at either end of the local part or domain,
 * at most 254 characters (RFC 5321's limit on a path).
 */
public final class EmailAddresses {

    private EmailAddresses() {
    }

    /** @param address already stripped */
    public static boolean isValid(String address) {
        if (address.isEmpty() || address.length() > 254 || address.indexOf('@') != address.lastIndexOf('@')
                || address.indexOf('@') < 1 || address.contains("..")) {
            return false;
        }
        String local = address.substring(0, address.indexOf('@'));
        String domain = address.substring(address.indexOf('@') + 1);
        if (!domain.contains(".") || domain.startsWith(".") || domain.endsWith(".") || local.startsWith(".")
                || local.endsWith(".") || domain.startsWith("[")) {
            return false;
        }
        try {
            InternetAddress parsed = new InternetAddress(address, true);
            parsed.validate();
            // a display name or comment would make the parsed address differ from what was typed
            return address.equals(parsed.getAddress()) && parsed.getPersonal() == null;
        } catch (AddressException e) {
            return false;
        }
    }
}
