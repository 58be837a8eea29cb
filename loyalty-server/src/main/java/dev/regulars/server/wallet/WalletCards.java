package dev.regulars.server.wallet;

import dev.regulars.server.customers.Customer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;

/**
 * What the card page's Wallet buttons fetch ({@code /c/{token}/wallet/apple} and {@code /wallet/google}): the
 * customer's pass, made at the first ask, as a signed .pkpass or as the "Save to Google Wallet" link.
 */
@ApplicationScoped
public class WalletCards {

    @Inject
    private WalletSettings settings;
    @Inject
    private WalletSetup setup;
    @Inject
    private WalletPasses passes;
    @Inject
    private AppleWallet apple;
    @Inject
    private GoogleWallet google;

    /**
     * The .pkpass bytes (application/vnd.apple.pkpass).
     *
     * @throws WalletSettings.WalletNotSetUp when Apple Wallet is not set up (answer 404 with words)
     * @throws WalletSettings.WalletUnusable when its settings name files that do not work (answer 503 with words)
     */
    public byte[] applePass(Customer customer) {
        if (!settings.apple()) {
            throw new WalletSettings.WalletNotSetUp("Apple Wallet is not set up");
        }
        setup.appleProblem().ifPresent(p -> {
            throw new WalletSettings.WalletUnusable(p.publicText());
        });
        WalletPass pass = passes.issue(customer);
        return apple.build(pass, customer.firstName());
    }

    /**
     * The signed Save link to redirect to.
     *
     * @throws WalletSettings.WalletNotSetUp when Google Wallet is not set up (answer 404 with words)
     * @throws WalletSettings.WalletUnusable when its key file does not work (answer 503 with words)
     */
    public URI googleLink(Customer customer) {
        if (!settings.google()) {
            throw new WalletSettings.WalletNotSetUp("Google Wallet is not set up");
        }
        setup.googleProblem().ifPresent(p -> {
            throw new WalletSettings.WalletUnusable(p.publicText());
        });
        WalletPass pass = passes.issue(customer);
        return google.saveLink(pass, customer.firstName());
    }
}
