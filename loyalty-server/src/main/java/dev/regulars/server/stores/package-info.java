/** The business, its stores (with what their receipts print), tills (pairing, tokens), cashiers and program rules versions. Owns business, store, terminal, pairing_code, cashier, program_version, change_sequence. The catalog is a context of its own (catalog). */
package dev.regulars.server.stores;
