package dev.regulars.server.wallet.web;

/**
 * A path of the PassKit web service below its base (Apple, "Adding a Web Service to Update Passes"):
 * {@code /v1/devices/{deviceLibraryIdentifier}/registrations/{passTypeIdentifier}/{serialNumber}} (a
 * registration), {@code /v1/devices/{deviceLibraryIdentifier}/registrations/{passTypeIdentifier}} (passes updated
 * since), {@code /v1/passes/{passTypeIdentifier}/{serialNumber}} (the latest pass) and {@code /v1/log}. Identifiers
 * are checked for their form here, so nothing else sees a malformed one.
 *
 * @param problem why a path is UNKNOWN, for the 404's text
 */
public record PassKitPath(Kind kind, String device, String passType, String serial, String problem) {

    private static final String DEVICE = "[A-Za-z0-9._-]{1,64}";
    private static final String PASS_TYPE = "pass\\.[A-Za-z0-9.-]{1,150}";
    private static final String SERIAL = "[A-Za-z0-9._-]{1,32}";

    /** What a path asks for. */
    public enum Kind { REGISTRATION, UPDATED_SINCE, PASS, LOG, UNKNOWN }

    /** @param pathInfo the path below the service's base, e.g. {@code /v1/log}; null reads as empty */
    public static PassKitPath parse(String pathInfo) {
        String[] p = (pathInfo == null ? "" : pathInfo).split("/", -1);
        if (p.length == 3 && p[1].equals("v1") && p[2].equals("log")) {
            return new PassKitPath(Kind.LOG, null, null, null, null);
        }
        if (p.length == 5 && p[1].equals("v1") && p[2].equals("passes")) {
            return checked(Kind.PASS, null, p[3], p[4]);
        }
        if ((p.length == 6 || p.length == 7) && p[1].equals("v1") && p[2].equals("devices")
                && p[4].equals("registrations")) {
            return checked(p.length == 7 ? Kind.REGISTRATION : Kind.UPDATED_SINCE, p[3], p[5],
                    p.length == 7 ? p[6] : null);
        }
        return unknown("no such PassKit path: " + (pathInfo == null ? "" : cut(pathInfo)));
    }

    private static PassKitPath checked(Kind kind, String device, String passType, String serial) {
        if (device != null && !device.matches(DEVICE)) {
            return unknown("a device library identifier is 1 to 64 letters, digits, '.', '_' or '-'");
        }
        if (!passType.matches(PASS_TYPE)) {
            return unknown("a pass type identifier starts with pass.");
        }
        if (serial != null && !serial.matches(SERIAL)) {
            return unknown("a serial number is 1 to 32 letters, digits, '.', '_' or '-'");
        }
        return new PassKitPath(kind, device, passType, serial, null);
    }

    private static PassKitPath unknown(String problem) {
        return new PassKitPath(Kind.UNKNOWN, null, null, null, problem);
    }

    private static String cut(String text) {
        return text.length() > 120 ? text.substring(0, 120) + "..." : text;
    }
}
