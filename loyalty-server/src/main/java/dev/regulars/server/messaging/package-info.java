/** Messages to customers: the outbox (queued once, sent at most once), the dispatcher with retries, backoff and a rate per channel, e-mail over SMTP, SMS through an HTTP gateway, Wallet pushes (not connected yet), unsubscribing. Owns outbox_message. */
package dev.regulars.server.messaging;
