package dev.regulars.server.messaging.web;

import dev.regulars.server.messaging.OutboxMessage;
import dev.regulars.server.messaging.Outbox;
import dev.regulars.server.staff.StaffDirectory;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/** The admin's Messages page: the outbox's latest messages with their status, and the dead ones with why. */
@Named("messages")
@RequestScoped
public class MessagesPage {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM HH:mm:ss", Locale.ENGLISH);

    @Inject
    private Outbox outbox;
    @Inject
    private StaffDirectory staff;
    @Inject
    private dev.regulars.server.stores.TerminalRegistry stores;

    /** One message, formatted. */
    public record Row(String when, String channel, String recipient, String subject, String status, String attempts,
                      String error) {
    }

    public List<Row> getLatest() {
        return rows(false);
    }

    public List<Row> getDead() {
        return rows(true);
    }

    private List<Row> rows(boolean deadOnly) {
        String business = staff.current().businessId();
        ZoneId zone = stores.zoneOf(business);
        return outbox.latest(business, deadOnly, 100).stream().map(m -> row(m, zone)).toList();
    }

    private static Row row(OutboxMessage m, ZoneId zone) {
        return new Row(WHEN.format(m.createdAt().atZone(zone)), m.channel().name(), masked(m.recipient()),
                m.subject() == null ? "" : m.subject(), m.status().name().toLowerCase(Locale.ROOT),
                String.valueOf(m.attempts()), m.lastError() == null ? "" : m.lastError());
    }

    /** Enough of an address or number to tell messages apart, not a list of contacts. */
    static String masked(String recipient) {
        int at = recipient.indexOf('@');
        if (at > 0) {
            return recipient.charAt(0) + "…" + recipient.substring(at);
        }
        return recipient.length() <= 4 ? recipient : "…" + recipient.substring(recipient.length() - 4);
    }
}
