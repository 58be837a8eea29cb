/** The points ledger: append-only entries and the materialized balance (the only writer of points), online redemptions, manual adjustments, expiry and the balance audit. Owns ledger_entry, redemption, id_generator, ledger_check. */
package dev.regulars.server.ledger;
