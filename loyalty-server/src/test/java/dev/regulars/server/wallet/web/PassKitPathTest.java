package dev.regulars.server.wallet.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.regulars.server.wallet.web.PassKitPath.Kind;
import org.junit.jupiter.api.Test;

class PassKitPathTest {

    @Test
    void readsEachPathOfTheService() {
        PassKitPath registration = PassKitPath.parse("/v1/devices/abc123/registrations/pass.dev.regulars/123456789012");
        assertThat(registration).isEqualTo(new PassKitPath(Kind.REGISTRATION, "abc123", "pass.dev.regulars",
                "123456789012", null));
        assertThat(PassKitPath.parse("/v1/devices/abc123/registrations/pass.dev.regulars"))
                .isEqualTo(new PassKitPath(Kind.UPDATED_SINCE, "abc123", "pass.dev.regulars", null, null));
        assertThat(PassKitPath.parse("/v1/passes/pass.dev.regulars/123456789012"))
                .isEqualTo(new PassKitPath(Kind.PASS, null, "pass.dev.regulars", "123456789012", null));
        assertThat(PassKitPath.parse("/v1/log").kind()).isEqualTo(Kind.LOG);
    }

    @Test
    void anythingElseIsUnknownWithTheReason() {
        assertThat(PassKitPath.parse(null).kind()).isEqualTo(Kind.UNKNOWN);
        assertThat(PassKitPath.parse("/v2/log").problem()).startsWith("no such PassKit path");
        assertThat(PassKitPath.parse("/v1/passes/pass.dev.regulars/12/extra").kind()).isEqualTo(Kind.UNKNOWN);
        assertThat(PassKitPath.parse("/v1/passes/com.example/12").problem()).contains("starts with pass.");
        assertThat(PassKitPath.parse("/v1/devices/a b/registrations/pass.x").problem())
                .contains("device library identifier");
        assertThat(PassKitPath.parse("/v1/devices/abc/registrations/pass.x/" + "9".repeat(33)).problem())
                .contains("serial number");
        assertThat(PassKitPath.parse("/v1/devices//registrations/pass.x/12").kind()).isEqualTo(Kind.UNKNOWN);
    }
}
