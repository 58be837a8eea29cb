package dev.regulars.core.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** An erased customer travels as a row of its own; every other row is written as before erasure existed. */
class CustomerCacheRowWireTest {

    private static final UUID ID = UUID.fromString("6f1c2a3e-0000-4000-8000-000000000001");

    @Test
    void aKeptCustomerIsWrittenWithoutTheErasedField() throws Exception {
        CustomerCacheRow row = new CustomerCacheRow(ID, "hmac", "Anouk", 120, "Silver", false, List.of("00427788"));
        String json = WireJson.mapper().writeValueAsString(row);
        assertThat(json).doesNotContain("erased");
        CustomerCacheRow back = WireJson.mapper().readValue(json, CustomerCacheRow.class);
        assertThat(back).isEqualTo(row);
        assertThat(back.forget()).isFalse();
    }

    @Test
    void anErasedCustomerCarriesOnlyItsIdAndTheFlag() throws Exception {
        String json = WireJson.mapper().writeValueAsString(CustomerCacheRow.erasedCustomer(ID));
        assertThat(json).contains("\"erased\":true").contains("\"phoneHmac\":null");
        CustomerCacheRow back = WireJson.mapper().readValue(json, CustomerCacheRow.class);
        assertThat(back.forget()).isTrue();
        assertThat(back.customerId()).isEqualTo(ID);
        assertThat(back.cardNumbers()).isEmpty();
    }

    @Test
    void falseIsTheSameAsNoFlag() {
        CustomerCacheRow explicit = new CustomerCacheRow(ID, "h", null, 0, null, false, null, Boolean.FALSE);
        assertThat(explicit.erased()).isNull();
        assertThat(explicit).isEqualTo(new CustomerCacheRow(ID, "h", null, 0, null, false, List.of()));
    }
}
