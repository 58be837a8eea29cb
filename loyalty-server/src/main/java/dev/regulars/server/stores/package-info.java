/** The business, its stores (with what their receipts print), tills (pairing, tokens) and program rules versions. Owns business, store, terminal, pairing_code, program_version, change_sequence. The catalog and the people of the tills are contexts of their own (catalog, tillstaff). */
package dev.regulars.server.stores;
