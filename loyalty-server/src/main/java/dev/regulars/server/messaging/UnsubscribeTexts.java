package dev.regulars.server.messaging;

/** The unsubscribe line every message ends with, in the message's language. */
final class UnsubscribeTexts {

    private UnsubscribeTexts() {
    }

    static String footer(String language, String url) {
        return switch (language) {
            case "ru" -> "Отписаться: " + url;
            case "nl" -> "Afmelden: " + url;
            default -> "Unsubscribe: " + url;
        };
    }

}
