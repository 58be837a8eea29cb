package dev.regulars.wallet.apple.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.regulars.wallet.apple.service.PassUpdates.PassVersion;
import java.util.List;
import org.junit.jupiter.api.Test;

class PassUpdatesTest {

    private static final List<PassVersion> PASSES = List.of(new PassVersion("a", 100), new PassVersion("b", 250),
            new PassVersion("c", 175));

    @Test
    void the_first_ask_gets_every_pass_and_the_latest_tag() {
        SerialNumbers answer = PassUpdates.since(null, PASSES).orElseThrow();

        assertThat(answer.serialNumbers()).containsExactly("a", "b", "c");
        assertThat(answer.lastUpdated()).isEqualTo("250");
    }

    @Test
    void a_later_ask_gets_only_what_changed_after_its_tag() {
        assertThat(PassUpdates.since("150", PASSES).orElseThrow().serialNumbers()).containsExactly("b", "c");
        assertThat(PassUpdates.since("175", PASSES).orElseThrow().serialNumbers()).containsExactly("b");
    }

    @Test
    void nothing_changed_is_no_answer_so_the_server_says_204() {
        assertThat(PassUpdates.since("250", PASSES)).isEmpty();
        assertThat(PassUpdates.since(null, List.of())).isEmpty();
    }

    @Test
    void a_tag_that_is_not_ours_is_refused_in_words() {
        assertThat(PassUpdates.since("", PASSES).orElseThrow().serialNumbers()).hasSize(3);
        for (String bad : new String[] {"yesterday", "abc", "-5", "99999999999999999999", "1e5"}) {
            assertThatThrownBy(() -> PassUpdates.since(bad, PASSES)).as(bad)
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("passesUpdatedSince");
        }
    }

    @Test
    void writes_apples_answer_shape() throws Exception {
        byte[] json = new SerialNumbers(List.of("a", "b"), "250").toJson();

        var node = new ObjectMapper().readTree(json);
        assertThat(node.get("serialNumbers").toString()).isEqualTo("[\"a\",\"b\"]");
        assertThat(node.get("lastUpdated").isTextual()).isTrue();
        assertThat(node.get("lastUpdated").asText()).isEqualTo("250");
        assertThat(node.size()).isEqualTo(2);
        assertThatThrownBy(() -> new SerialNumbers(List.of(), "1")).isInstanceOf(IllegalArgumentException.class);
    }
}
