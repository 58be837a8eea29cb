package dev.regulars.server.wallet.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LogLinesTest {

    @Test
    void line_breaks_and_control_characters_cannot_start_a_forged_line() {
        String forged = "ok\nSEVERE: admin logged in\r\n\u0000\u001b[31m\u2028x\\";

        String safe = LogLines.safe(forged);

        assertThat(safe).doesNotContain("\n", "\r", "\u0000", "\u001b", "\u2028");
        assertThat(safe).isEqualTo("ok\\nSEVERE: admin logged in\\r\\n\\u0000\\u001b[31m\\u2028x\\\\");
    }

    @Test
    void a_long_line_is_cut() {
        assertThat(LogLines.safe("é".repeat(1000))).hasSize(LogLines.MAX + 3).endsWith("...");
        assertThat(LogLines.safe("Пасс обновлён")).isEqualTo("Пасс обновлён");
    }
}
