package dev.regulars.server.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Where and how fast messages go (read through the accessors: the bean is injected as a proxy), from MicroProfile Config (META-INF/microprofile-config.properties, overridden by
 * -D, Payara Micro's --systemProperties file or the environment, e.g. REGULARS_SMTP_HOST).
 */
@ApplicationScoped
public class MessagingSettings {

    /** The server's address as customers reach it: links in messages (unsubscribe, card) start with it. */
    @Inject
    @ConfigProperty(name = "regulars.public-url", defaultValue = "http://localhost:8080")
    private String publicUrl;

    @Inject
    @ConfigProperty(name = "regulars.smtp.host", defaultValue = "localhost")
    private String smtpHost;
    @Inject
    @ConfigProperty(name = "regulars.smtp.port", defaultValue = "25")
    private int smtpPort;
    @Inject
    @ConfigProperty(name = "regulars.smtp.starttls", defaultValue = "false")
    private boolean smtpStartTls;
    @Inject
    @ConfigProperty(name = "regulars.smtp.user")
    private Optional<String> smtpUser;
    @Inject
    @ConfigProperty(name = "regulars.smtp.password")
    private Optional<String> smtpPassword;
    @Inject
    @ConfigProperty(name = "regulars.smtp.from", defaultValue = "Regulars <no-reply@regulars.invalid>")
    private String from;

    /** The SMS gateway's URL; empty: SMS is not set up, and SMS messages are not sent. */
    @Inject
    @ConfigProperty(name = "regulars.sms.url")
    private Optional<String> smsUrl;
    /** The Authorization header's value for the gateway, e.g. "Bearer ..." or "Basic ...". */
    @Inject
    @ConfigProperty(name = "regulars.sms.authorization")
    private Optional<String> smsAuthorization;
    /** The request body, JSON with {to}, {text} and {id} filled in (JSON-escaped). */
    @Inject
    @ConfigProperty(name = "regulars.sms.body", defaultValue = "{\"to\":\"{to}\",\"text\":\"{text}\",\"reference\":\"{id}\"}")
    private String smsBody;
    /** The secret the gateway sends back in the X-Regulars-Secret header of its delivery reports. */
    @Inject
    @ConfigProperty(name = "regulars.sms.callback-secret")
    private Optional<String> smsCallbackSecret;

    /** How many SMTP connections a chunk of e-mails is spread over at once. */
    @Inject
    @ConfigProperty(name = "regulars.smtp.connections", defaultValue = "8")
    private int smtpConnections;

    /** At most this many messages a second per channel (providers throttle and block senders who burst). */
    @Inject
    @ConfigProperty(name = "regulars.messaging.email-per-second", defaultValue = "2000")
    private int emailPerSecond;
    @Inject
    @ConfigProperty(name = "regulars.messaging.sms-per-second", defaultValue = "20")
    private int smsPerSecond;

    public String publicUrl() {
        return publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    }

    public int perSecond(Channel channel) {
        return switch (channel) {
            case EMAIL -> emailPerSecond;
            case SMS -> smsPerSecond;
            case PUSH -> 0;
        };
    }

    public String smtpHost() {
        return smtpHost;
    }

    public int smtpPort() {
        return smtpPort;
    }

    public int smtpConnections() {
        return smtpConnections;
    }

    public boolean smtpStartTls() {
        return smtpStartTls;
    }

    public Optional<String> smtpUser() {
        return smtpUser;
    }

    public Optional<String> smtpPassword() {
        return smtpPassword;
    }

    public String from() {
        return from;
    }

    public Optional<String> smsUrl() {
        return smsUrl;
    }

    public Optional<String> smsAuthorization() {
        return smsAuthorization;
    }

    public String smsBody() {
        return smsBody;
    }

    public Optional<String> smsCallbackSecret() {
        return smsCallbackSecret;
    }

    public int emailPerSecond() {
        return emailPerSecond;
    }

    public int smsPerSecond() {
        return smsPerSecond;
    }
}
