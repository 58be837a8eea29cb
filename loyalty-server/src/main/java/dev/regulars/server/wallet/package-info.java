/**
 * Wallet: the customer's card as an Apple Wallet pass and a Google Wallet loyalty object (issue 11, server half;
 * the library wallet-passes builds, signs and pushes). Serves the signed .pkpass and the "Save to Google Wallet"
 * link for the card page, answers the PassKit web service ({@code /passkit/v1/...}), and after a customer's
 * balance or tier changed (read later from the customers' change numbers, never inside the sync ingest) updates
 * the pass, pushes to every registered device through APNs and patches the Google object. Campaign messages to the
 * Wallet channel (messaging's WalletPushSender) become the pass's news. Owns wallet_pass, wallet_registration,
 * wallet_push, wallet_google_update, wallet_cursor, wallet_lease.
 */
package dev.regulars.server.wallet;
