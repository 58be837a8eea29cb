package dev.regulars.server.customerpages.web;

import java.util.Map;
import java.util.Optional;

/** The paths under a card link ({@code /c/{token}/...}) and the methods each takes, as CardServlet serves them. */
final class CardPaths {

    private static final Map<String, String> METHODS = Map.of(
            "", "GET, HEAD", "redeem.svg", "GET, HEAD", "wallet/apple", "GET, HEAD", "wallet/google", "GET, HEAD",
            "delete", "GET, HEAD, POST", "consents", "POST", "unsubscribe", "POST", "new-link", "POST",
            "share", "POST");

    private CardPaths() {
    }

    /**
     * @param rest the path after the token, "" for the card itself
     * @return the methods it takes, as an Allow header lists them; empty for a path the card does not have
     */
    static Optional<String> allowed(String rest) {
        return Optional.ofNullable(METHODS.get(rest));
    }
}
