package dev.regulars.server.wallet.web;

/**
 * Text from outside made safe for one line of the server's log: CR, LF and every other control or line-breaking
 * character is written as an escape (backslash-n, backslash-r, backslash-t, else backslash-u and four hex
 * digits), so no client can start a forged log line, and the text is cut to {@link #MAX} characters.
 */
final class LogLines {

    /** The longest text logged, in characters (before escaping). */
    static final int MAX = 300;

    private LogLines() {
    }

    /** @param text what a client sent; null is written as "null" */
    static String safe(String text) {
        if (text == null) {
            return "null";
        }
        boolean cut = text.length() > MAX;
        String kept = cut ? text.substring(0, MAX) : text;
        StringBuilder out = new StringBuilder(kept.length() + 8);
        for (int i = 0; i < kept.length(); i++) {
            char c = kept.charAt(i);
            switch (c) {
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\\' -> out.append("\\\\");
                default -> {
                    int type = Character.getType(c);
                    if (Character.isISOControl(c) || type == Character.LINE_SEPARATOR
                            || type == Character.PARAGRAPH_SEPARATOR || type == Character.FORMAT) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return cut ? out.append("...").toString() : out.toString();
    }
}
