package dev.regulars.wallet.google;

/**
 * Google Wallet class and object ids: {@code <issuerId>.<suffix>}, the issuer id being the number of the issuer
 * account and the suffix the caller's own (Google Wallet API, "LoyaltyObject.id": letters, digits, '.', '_' or
 * '-').
 */
public final class WalletIds {

    private WalletIds() {
    }

    /**
     * @throws IllegalArgumentException when the issuer id is not a number or the suffix has other characters
     */
    public static String of(String issuerId, String suffix) {
        if (issuerId == null || !issuerId.matches("[0-9]{1,32}")) {
            throw new IllegalArgumentException("an issuer id is digits, not " + issuerId);
        }
        if (suffix == null || !suffix.matches("[A-Za-z0-9._-]{1,200}")) {
            throw new IllegalArgumentException("an id suffix is letters, digits, '.', '_' or '-', not " + suffix);
        }
        return issuerId + "." + suffix;
    }
}
