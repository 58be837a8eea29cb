package dev.regulars.server.feedback.web;

import dev.regulars.core.money.Money;
import dev.regulars.core.phone.PhoneNumber;
import dev.regulars.core.phone.PhoneNumbers;
import dev.regulars.server.feedback.CallbackOutcome;
import dev.regulars.server.feedback.CallbackQueue;
import dev.regulars.server.feedback.CallbackView;
import dev.regulars.server.staff.StaffDirectory;
import dev.regulars.server.staff.StaffUser;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The managers' call-back queue in the admin: take a task, record the call with its outcome, note and goodwill. */
@Named("callbacks")
@RequestScoped
public class CallbacksPage {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM HH:mm", Locale.ENGLISH);

    @Inject
    private CallbackQueue queue;
    @Inject
    private StaffDirectory staff;
    @Inject
    private dev.regulars.server.feedback.CallbackReport report;

    private final Map<Long, String> outcomes = new HashMap<>();
    private final Map<Long, String> notes = new HashMap<>();
    private final Map<Long, String> goodwill = new HashMap<>();
    private List<Row> rows;

    /** One task, formatted for the page. */
    public record Row(long id, String due, boolean overdue, String status, String customer, String phone,
                      String visit, String items, String stars, String comment) {
    }

    public List<Row> getRows() {
        if (rows == null) {
            rows = queue.open(staff.current().businessId()).stream().map(CallbacksPage::row).toList();
        }
        return rows;
    }

    /**
     * "Last 90 days: 12 call backs, 8 done within the SLA (67 %). Came back within 30 / 60 days: reached 5 / 6 of 8,
     * not reached 1 / 1 of 4."
     */
    public String getReport() {
        var f = report.lastDays(staff.current().businessId(), 90);
        if (f.tasks() == 0) {
            return "Last 90 days: no call backs.";
        }
        return "Last 90 days: " + f.tasks() + (f.tasks() == 1 ? " call back, " : " call backs, ") + f.inTime()
                + " done within the SLA (" + Math.round(100.0 * f.inTime() / f.tasks()) + " %). Came back within"
                + " 30 / 60 days: reached " + f.reachedBack30() + " / " + f.reachedBack60() + " of " + f.reached()
                + ", not reached " + f.notReachedBack30() + " / " + f.notReachedBack60() + " of " + f.notReached()
                + ".";
    }

    public List<CallbackOutcome> getOutcomeChoices() {
        return List.of(CallbackOutcome.values());
    }

    public void take(long taskId) {
        try {
            queue.take(staff.current(), taskId);
            message(FacesMessage.SEVERITY_INFO, "You have this call back now.");
        } catch (IllegalArgumentException e) {
            message(FacesMessage.SEVERITY_ERROR, e.getMessage());
        }
        rows = null;
    }

    public void record(long taskId) {
        StaffUser me = staff.current();
        String chosen = outcomes.get(taskId);
        long points;
        try {
            String typed = goodwill.getOrDefault(taskId, "").strip();
            points = typed.isEmpty() ? 0 : Long.parseLong(typed);
        } catch (NumberFormatException e) {
            message(FacesMessage.SEVERITY_ERROR, "Goodwill points must be a whole number such as 50");
            return;
        }
        try {
            CallbackOutcome outcome = chosen == null || chosen.isEmpty() ? null : CallbackOutcome.valueOf(chosen);
            queue.record(me, taskId, outcome, notes.get(taskId), points);
            message(FacesMessage.SEVERITY_INFO, outcome.closes() ? "Call back closed: " + outcome.words() + "."
                    : "Noted: " + outcome.words() + ". The call back stays in the queue.");
        } catch (IllegalArgumentException e) {
            message(FacesMessage.SEVERITY_ERROR, e.getMessage());
        }
        rows = null;
    }

    private static Row row(CallbackView v) {
        ZoneId zone = ZoneId.of(v.zoneId());
        String status = v.takenByName() == null ? "open" : "taken by " + v.takenByName();
        return new Row(v.taskId(), WHEN.format(v.dueAt().atZone(zone)), v.overdue(), status,
                v.customerName() == null ? (v.phoneE164() == null ? "—" : "a visitor without a card") : v.customerName(),
                v.phoneE164() == null ? "—" : PhoneNumbers.formatInternational(new PhoneNumber(v.phoneE164())),
                v.storeName() + " · " + v.tillName() + " · " + WHEN.format(v.visitAt().atZone(zone)) + " · "
                        + Money.of(v.dueMinor(), v.currency()).format(Locale.ENGLISH),
                String.join(", ", v.items()), "★".repeat(v.stars()) + "☆".repeat(5 - v.stars()),
                v.comment() == null ? "" : v.comment());
    }

    private static void message(FacesMessage.Severity severity, String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(severity, text, null));
    }

    public Map<Long, String> getOutcomes() {
        return outcomes;
    }

    public Map<Long, String> getNotes() {
        return notes;
    }

    public Map<Long, String> getGoodwill() {
        return goodwill;
    }
}
