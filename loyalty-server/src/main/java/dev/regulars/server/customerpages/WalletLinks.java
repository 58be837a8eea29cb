package dev.regulars.server.customerpages;

import dev.regulars.server.wallet.WalletSetup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Whether the server can make Wallet passes, so the card page offers "Add to Apple Wallet" and "Save to Google
 * Wallet" ({@code /c/{token}/wallet/apple}, {@code /c/{token}/wallet/google}) only then: Apple needs
 * {@code regulars.wallet.apple.pass-type-id}, Google {@code regulars.wallet.google.issuer-id}, and the files their
 * settings name must be usable (wallet's WalletSetup checks them at startup; wallet-passes/README.md says where the
 * credentials come from).
 */
@ApplicationScoped
public class WalletLinks {

    @Inject
    private WalletSetup setup;

    public boolean apple() {
        return setup.appleUsable();
    }

    public boolean google() {
        return setup.googleUsable();
    }
}
