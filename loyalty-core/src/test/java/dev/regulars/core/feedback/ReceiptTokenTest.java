package dev.regulars.core.feedback;

import static dev.regulars.core.testing.PropertyTesting.DEFAULT_TRIES;
import static dev.regulars.core.testing.PropertyTesting.anyLong;
import static dev.regulars.core.testing.PropertyTesting.checkProperty;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ReceiptTokenTest {

    @Test
    void isTheSaleIdsSixteenBytesBigEndianInUnpaddedBase64Url() {
        UUID sale = UUID.fromString("f81d4fae-7dec-41d0-a765-00a0c91e6bf6");

        // bytes f8 1d 4f ae 7d ec 41 d0 a7 65 00 a0 c9 1e 6b f6
        assertThat(ReceiptToken.of(sale)).isEqualTo("-B1Prn3sQdCnZQCgyR5r9g").hasSize(22);
        assertThat(ReceiptToken.saleId("-B1Prn3sQdCnZQCgyR5r9g")).contains(sale);
    }

    @Test
    void anyRandomSaleIdComesBackFromItsToken() {
        checkProperty(DEFAULT_TRIES, anyLong(), seed -> {
            Random random = new Random(seed);
            UUID sale = new UUID((random.nextLong() & ~0xF000L) | 0x4000L,
                    (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L);
            String token = ReceiptToken.of(sale);
            assertThat(token).matches("[A-Za-z0-9_-]{22}");
            assertThat(ReceiptToken.saleId(token)).contains(sale);
        });
    }

    @Test
    void refusesWhatIsNoTokenOfARandomSaleId() {
        String good = ReceiptToken.of(UUID.fromString("f81d4fae-7dec-41d0-a765-00a0c91e6bf6"));
        assertThat(ReceiptToken.saleId(null)).isEmpty();
        assertThat(ReceiptToken.saleId("")).isEmpty();
        assertThat(ReceiptToken.saleId(good.substring(1))).as("too short").isEmpty();
        assertThat(ReceiptToken.saleId(good + "A")).as("too long").isEmpty();
        assertThat(ReceiptToken.saleId(good.replace('-', '+'))).as("not url-safe").isEmpty();
        assertThat(ReceiptToken.saleId(good.substring(0, 21) + "h")).as("trailing bits set").isEmpty();
        assertThat(ReceiptToken.saleId(ReceiptToken.of(new UUID(0, 0)))).as("not a random id").isEmpty();
        assertThat(ReceiptToken.saleId("../../etc/passwd......")).isEmpty();
    }
}
