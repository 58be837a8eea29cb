package dev.regulars.server.wallet;

import dev.regulars.core.identification.CardNumbers;
import dev.regulars.wallet.RgbColor;
import dev.regulars.wallet.google.GoogleAccessTokens;
import dev.regulars.wallet.google.GoogleLoyaltyClass;
import dev.regulars.wallet.google.GoogleLoyaltyObject;
import dev.regulars.wallet.google.HttpLoyaltyObjectClient;
import dev.regulars.wallet.google.LoyaltyObjectClient;
import dev.regulars.wallet.google.SaveToWalletLink;
import dev.regulars.wallet.google.ServiceAccountKey;
import dev.regulars.wallet.google.WalletIds;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Clock;
import java.util.List;

/**
 * Google Wallet for the customers' passes: the signed "Save to Google Wallet" link (the class and the object in
 * its JWT: Google makes them when the customer saves) and the client that patches an object's balance. The key
 * file is read at the first use and kept. Thread-safe.
 */
@ApplicationScoped
public class GoogleWallet {

    /** The balance's label on the Google card (a PATCH sends it with every balance). */
    static final String POINTS_LABEL = "Points";

    @Inject
    private WalletSettings settings;
    @Inject
    private Clock clock;
    private ServiceAccountKey key;
    private LoyaltyObjectClient client;

    /**
     * The link for this pass's card, showing the balance the pass row holds.
     *
     * @throws WalletSettings.WalletNotSetUp when Google Wallet is not set up
     */
    public URI saveLink(WalletPass pass, String memberName) {
        GoogleLoyaltyClass loyaltyClass = loyaltyClass();
        GoogleLoyaltyObject object = new GoogleLoyaltyObject(settings.issuerId(), pass.serialNumber(),
                loyaltyClass.id(), pass.serialNumber(), memberName == null ? "" : memberName, pass.points(),
                POINTS_LABEL, CardNumbers.printed(pass.serialNumber()), CardNumbers.printed(pass.serialNumber()));
        return SaveToWalletLink.link(key(), List.of(settings.publicUrl()), List.of(loyaltyClass), List.of(object),
                clock.instant());
    }

    /** The Google object's id of a pass. */
    public String objectId(String serialNumber) {
        return WalletIds.of(settings.issuerId(), serialNumber);
    }

    /** The client of the Wallet API (or the test's stand-in the settings name). */
    public synchronized LoyaltyObjectClient client() {
        if (client == null) {
            ServiceAccountKey account = key();
            URI tokenUri = settings.googleTokenUrl().map(URI::create).orElse(account.tokenUri());
            HttpClient http = HttpClient.newBuilder().connectTimeout(java.time.Duration.ofSeconds(20)).build();
            client = new HttpLoyaltyObjectClient(URI.create(settings.googleApi()),
                    new GoogleAccessTokens(account, tokenUri, http, clock), http);
        }
        return client;
    }

    private GoogleLoyaltyClass loyaltyClass() {
        return new GoogleLoyaltyClass(settings.issuerId(), settings.classSuffix(), settings.organization(),
                settings.organization(), settings.logoUrl().map(URI::create).orElse(null), "UNDER_REVIEW",
                RgbColor.ofHex(settings.background()));
    }

    private synchronized ServiceAccountKey key() {
        if (!settings.google()) {
            throw new WalletSettings.WalletNotSetUp("regulars.wallet.google.issuer-id is not set");
        }
        if (key == null) {
            key = ServiceAccountKey.parse(settings.serviceAccount());
        }
        return key;
    }
}
