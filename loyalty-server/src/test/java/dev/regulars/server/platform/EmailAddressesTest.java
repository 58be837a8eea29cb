package dev.regulars.server.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EmailAddressesTest {

    @Test
    void acceptsPlainAddresses() {
        assertThat(EmailAddresses.isValid("anouk@example.test")).isTrue();
        assertThat(EmailAddresses.isValid("a.b+tag@mail.example.co.uk")).isTrue();
    }

    @Test
    void refusesWhatStrictParsingOrTheExtraRulesRefuse() {
        assertThat(EmailAddresses.isValid("a@b@example.test")).as("two @").isFalse();
        assertThat(EmailAddresses.isValid("anouk@localhost")).as("no dot in the domain").isFalse();
        assertThat(EmailAddresses.isValid("an..ouk@example.test")).as("consecutive dots").isFalse();
        assertThat(EmailAddresses.isValid("anouk@example..test")).isFalse();
        assertThat(EmailAddresses.isValid(".anouk@example.test")).isFalse();
        assertThat(EmailAddresses.isValid("anouk@example.test.")).isFalse();
        assertThat(EmailAddresses.isValid("Anouk <anouk@example.test>")).as("a display name").isFalse();
        assertThat(EmailAddresses.isValid("anouk(me)@example.test")).as("a comment").isFalse();
        assertThat(EmailAddresses.isValid("an ouk@example.test")).isFalse();
        assertThat(EmailAddresses.isValid("anouk@exa mple.test")).isFalse();
        assertThat(EmailAddresses.isValid("anouk@[127.0.0.1]")).isFalse();
        assertThat(EmailAddresses.isValid("@example.test")).isFalse();
        assertThat(EmailAddresses.isValid("a".repeat(250) + "@x.test")).as("over 254").isFalse();
    }
}
