/**
 * The people of the tills: who logs in to a store's tills with a PIN (kept only as a PBKDF2 hash), who is a till
 * manager (their PIN approves a discount above the till's limit, a refund, leaving the kiosk), who is deactivated
 * (the tills forget them). Owns cashier.
 *
 * <p>A context of its own rather than part of {@code stores}: a store is set up once, while its people come and go
 * and forget PINs every week; they have rules of their own (a PIN is 4 to 8 digits and unique among the store's
 * active people, which only matching the PIN against each hash can tell; a returning person gets a new PIN; the PIN
 * never reaches a log, an audit line or a page) and their own admin page (tillstaff.xhtml) for the owner and
 * managers. It uses {@code stores} for the store (its row lock orders the changes) and change numbers, and
 * {@code staff} for who may change it and the audit; tills read it only through {@link TillStaffFeed} (the change
 * feed).
 */
package dev.regulars.server.tillstaff;
