package dev.regulars.server.wallet.web;

import dev.regulars.server.wallet.AppleWallet;
import dev.regulars.server.wallet.WalletSettings;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * {@code /wallet-logo.png}: the card's logo (AppleWallet#logoPng), the Google class's logo when no
 * regulars.wallet.google.logo-url is set, so that no card shows a logo from elsewhere. 404 in words when Wallet is
 * not set up.
 */
@WebServlet("/wallet-logo.png")
public class WalletLogoServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private WalletSettings settings;
    @Inject
    private AppleWallet apple;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!settings.apple() && !settings.google()) {
            byte[] body = "Wallet is not set up on this server\n".getBytes(StandardCharsets.UTF_8);
            response.setStatus(404);
            response.setContentType("text/plain; charset=UTF-8");
            response.getOutputStream().write(body);
            return;
        }
        byte[] png = apple.logoPng();
        response.setContentType("image/png");
        response.setHeader("Cache-Control", "public, max-age=86400");
        response.setContentLength(png.length);
        response.getOutputStream().write(png);
    }
}
