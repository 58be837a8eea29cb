package dev.regulars.server.messaging.web;

import dev.regulars.server.messaging.OutboxMessage;
import dev.regulars.server.messaging.Outbox;
import dev.regulars.server.platform.web.AdminTexts;
import dev.regulars.server.staff.StaffDirectory;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * The admin's Messages page: the outbox's latest messages with their status, and the dead ones with why, 50 a page
 * (messages.xhtml?before=ID, ?deadBefore=ID: the pages are links).
 */
@Named("messages")
@RequestScoped
public class MessagesPage {


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

    /** Messages a page lists. */
    public static final int PAGE = 50;

    private Page latest;
    private Page dead;

    /** A page of rows, and the id to ask for the next one with (null: this is the last). */
    public record Page(List<Row> rows, Long next) {
    }

    public Page getLatest() {
        if (latest == null) {
            latest = page(false, "before");
        }
        return latest;
    }

    public Page getDead() {
        if (dead == null) {
            dead = page(true, "deadBefore");
        }
        return dead;
    }

    private Page page(boolean deadOnly, String param) {
        String business = staff.current().businessId();
        ZoneId zone = stores.zoneOf(business);
        String before = jakarta.faces.context.FacesContext.getCurrentInstance().getExternalContext()
                .getRequestParameterMap().get(param);
        OutboxMessage after = null;
        if (before != null && before.matches("\\d{1,18}")) {
            after = outbox.find(business, Long.parseLong(before)).orElse(null);
        }
        List<OutboxMessage> found = outbox.latest(business, deadOnly, after, PAGE + 1);
        List<OutboxMessage> shown = found.size() > PAGE ? found.subList(0, PAGE) : found;
        return new Page(shown.stream().map(m -> row(m, zone)).toList(),
                found.size() > PAGE ? shown.get(shown.size() - 1).id() : null);
    }

    private static Row row(OutboxMessage m, ZoneId zone) {
        return new Row(DateTimeFormatter.ofPattern("d MMM HH:mm:ss", AdminTexts.locale()).format(
                m.createdAt().atZone(zone)), AdminTexts.get("campaign.consent." + m.channel().name()),
                masked(m.recipient()),
                m.subject() == null ? "" : m.subject(), AdminTexts.get("messages.status." + m.status().name()),
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
