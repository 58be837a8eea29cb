package dev.regulars.pos.journal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.regulars.core.sync.ChangesPage;
import dev.regulars.core.sync.CustomerCacheRow;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A customer who had their data deleted leaves the till's cache with the next pull: every phone and card of theirs. */
class CustomerCacheErasureTest {

    private static final UUID ANOUK = UUID.fromString("6f1c2a3e-0000-4000-8000-000000000001");
    private static final UUID BRAM = UUID.fromString("6f1c2a3e-0000-4000-8000-000000000002");

    @TempDir
    Path dir;

    @Test
    void anErasedRowForgetsTheCustomersPhonesAndCardsAndNobodyElse() throws Exception {
        try (Journal journal = Journal.open(dir.resolve("journal.db"))) {
            journal.applyChanges(new ChangesPage(5, false, null, List.of(
                    new CustomerCacheRow(ANOUK, "hmac-anouk", "Anouk", 40, "Silver", false, List.of("111122223333")),
                    // a record merged into Anouk: its phone leads to her, with her cards (as the server sends it)
                    new CustomerCacheRow(ANOUK, "hmac-anouk-old", "Anouk", 40, "Silver", false,
                            List.of("111122223333")),
                    new CustomerCacheRow(BRAM, "hmac-bram", "Bram", 10, "Silver", false, List.of("444455556666"))),
                    List.of(), List.of()));
            assertThat(journal.customers().byCard("111122223333")).isPresent();

            journal.applyChanges(new ChangesPage(6, false, null, List.of(CustomerCacheRow.erasedCustomer(ANOUK)),
                    List.of(), List.of()));

            assertThat(journal.customers().byPhoneHmac("hmac-anouk")).isEmpty();
            assertThat(journal.customers().byPhoneHmac("hmac-anouk-old")).isEmpty();
            assertThat(journal.customers().byCard("111122223333")).isEmpty();
            assertThat(journal.customers().byPhoneHmac("hmac-bram")).isPresent();
            assertThat(journal.customers().byCard("444455556666")).isPresent();
        }
    }
}
