package dev.regulars.pos.journal;

import dev.regulars.core.sync.ChangesPage;
import dev.regulars.core.sync.CustomerCacheRow;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Child process of CustomerFillCrashTest: pairs from cursor 0 and writes a first fill's pages, each with more to
 * come, printing a page's cursor only after applyChanges returned. It never stops by itself.
 */
public final class CustomerFillCrashWriter {

    static final int PER_PAGE = 2_000;

    private CustomerFillCrashWriter() {
    }

    /** Page {@code cursor} as the server would send it: page 1 has one customer, the others {@link #PER_PAGE}. */
    static ChangesPage page(long cursor, boolean more) {
        List<CustomerCacheRow> rows = new ArrayList<>();
        for (int i = 0; i < (cursor == 1 ? 1 : PER_PAGE); i++) {
            String key = cursor + "-" + i;
            rows.add(new CustomerCacheRow(UUID.nameUUIDFromBytes(key.getBytes(StandardCharsets.US_ASCII)),
                    "phone-" + key, "Name", i, "Member", false, i % 10 == 0 ? List.of("card-" + key) : List.of()));
        }
        return new ChangesPage(cursor, more, null, rows, List.of(), List.of());
    }

    public static void main(String[] args) {
        Journal journal = Journal.open(Path.of(args[0]));
        for (long cursor = 1; ; cursor++) {
            journal.applyChanges(page(cursor, true));
            System.out.println(cursor);
            System.out.flush();
        }
    }
}
