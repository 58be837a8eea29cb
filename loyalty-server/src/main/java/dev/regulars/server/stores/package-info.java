/** The business, its stores, tills (pairing, tokens), cashiers, catalog and program rules versions. Owns business, store, terminal, pairing_code, cashier, product, program_version, change_sequence. */
package dev.regulars.server.stores;
