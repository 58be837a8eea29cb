package dev.regulars.server.customerpages;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Whether the server can make Wallet passes, so the card page offers "Add to Apple Wallet" and "Save to Google
 * Wallet" ({@code /c/{token}/wallet/apple}, {@code /c/{token}/wallet/google}) only then: Apple needs
 * {@code regulars.wallet.apple.pass-type-id}, Google {@code regulars.wallet.google.issuer-id} (wallet-passes/README.md
 * says where the credentials come from).
 */
@ApplicationScoped
public class WalletLinks {

    @Inject
    @ConfigProperty(name = "regulars.wallet.apple.pass-type-id")
    private Optional<String> applePassType;
    @Inject
    @ConfigProperty(name = "regulars.wallet.google.issuer-id")
    private Optional<String> googleIssuer;

    public boolean apple() {
        return applePassType.filter(s -> !s.isBlank()).isPresent();
    }

    public boolean google() {
        return googleIssuer.filter(s -> !s.isBlank()).isPresent();
    }
}
