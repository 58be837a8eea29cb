package dev.regulars.server.feedback.web;

import dev.regulars.core.money.Money;
import dev.regulars.core.phone.PhoneNumber;
import dev.regulars.core.phone.PhoneNumbers;
import dev.regulars.server.feedback.CallbackList;
import dev.regulars.server.feedback.CallbackOutcome;
import dev.regulars.server.feedback.CallbackQueue;
import dev.regulars.server.feedback.CallbackView;
import dev.regulars.server.platform.Problem;
import dev.regulars.server.platform.web.AdminTexts;
import dev.regulars.server.staff.StaffDirectory;
import dev.regulars.server.staff.StaffUser;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * The managers' call-back queue in the admin: the list, and one task opened by its id ({@code ?task=}) to take it
 * and record the call with its outcome, note and goodwill. Each action names the task by id, never by its place in
 * a list that may have changed since the page was drawn. A manager limited to some stores sees, takes and closes the
 * call backs of those stores only (CallbackQueue refuses the others in words).
 */
@Named("callbacks")
@RequestScoped
public class CallbacksPage {


    @Inject
    private CallbackQueue queue;
    @Inject
    private CallbackList list;
    @Inject
    private StaffDirectory staff;
    @Inject
    private dev.regulars.server.feedback.CallbackReport report;
    @Inject
    private dev.regulars.server.staff.StaffStores staffStores;

    private Long taskId;
    private String outcome = "";
    private String note = "";
    private String goodwill = "";
    private List<Row> rows;
    private Long later;
    private Row opened;

    /** One task, formatted for the page; open: nobody has taken it yet. */
    public record Row(long id, String due, boolean overdue, String status, String customer, String phone,
                      String visit, String items, String stars, String comment, boolean open) {
    }

    /**
     * The task named by ?task= on the link, or by the hidden taskId of the task's form on a post (not "task": that
     * is the form's own name, which Faces posts too).
     */
    @jakarta.annotation.PostConstruct
    void readTask() {
        var parameters = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
        String named = parameters.containsKey("taskId") ? parameters.get("taskId") : parameters.get("task");
        if (named != null && named.matches("\\d{1,18}")) {
            taskId = Long.parseLong(named);
        }
    }

    /** Call backs on a page of the list. */
    public static final int PAGE = 25;

    /** This page of the queue: from the one due first, or after the task named by {@code ?after=}. */
    public List<Row> getRows() {
        if (rows == null) {
            String business = staff.current().businessId();
            String after = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap()
                    .get("after");
            CallbackList.After from = after != null && after.matches("\\d{1,18}")
                    ? list.after(business, Long.parseLong(after)).orElse(null) : null;
            List<CallbackView> found = list.page(business, staffStores.current(), from, PAGE + 1);
            later = found.size() > PAGE ? found.get(PAGE - 1).taskId() : null;
            rows = found.stream().limit(PAGE).map(CallbacksPage::row).toList();
        }
        return rows;
    }

    /** The task id to ask for the next page with ({@code ?after=}), null on the last page. */
    public Long getLater() {
        getRows();
        return later;
    }

    /**
     * "Last 90 days: 12 call backs, 8 done within the SLA (67 %). Came back within 30 / 60 days: reached 5 / 6 of 8,
     * not reached 1 / 1 of 4."
     */
    public String getReport() {
        var f = report.lastDays(staff.current().businessId(), staffStores.current(), 90);
        if (f.tasks() == 0) {
            return AdminTexts.get("callbacks.report.none");
        }
        return AdminTexts.get("callbacks.report", f.tasks(), f.inTime(), Math.round(100.0 * f.inTime() / f.tasks()),
                f.reachedBack30(), f.reachedBack60(), f.reached(), f.notReachedBack30(), f.notReachedBack60(),
                f.notReached());
    }

    public List<CallbackOutcome> getOutcomeChoices() {
        return List.of(CallbackOutcome.values());
    }

    /** The task opened with ?task=, if it is still waiting for a call. */
    public Row getOpened() {
        if (opened == null && taskId != null) {
            opened = list.waiting(staff.current().businessId(), staffStores.current(), taskId).map(CallbacksPage::row).orElse(null);
        }
        return opened;
    }

    public void take() {
        try {
            queue.take(staff.current(), requireTask());
            AdminTexts.say(FacesMessage.SEVERITY_INFO, "callbacks.taken");
        } catch (IllegalArgumentException e) {
            AdminTexts.refuse(e);
        }
        rows = null;
        opened = null;
    }

    public void record() {
        StaffUser me = staff.current();
        long points;
        try {
            points = goodwill.isBlank() ? 0 : Long.parseLong(goodwill.strip());
        } catch (NumberFormatException e) {
            AdminTexts.say(FacesMessage.SEVERITY_ERROR, "callbacks.error.goodwill");
            return;
        }
        CallbackOutcome chosen;
        try {
            chosen = outcome.isBlank() ? null : CallbackOutcome.valueOf(outcome);
        } catch (IllegalArgumentException e) {
            AdminTexts.say(FacesMessage.SEVERITY_ERROR, "callback.error.chooseOutcome");
            return;
        }
        try {
            queue.record(me, requireTask(), chosen, note, points);
            AdminTexts.say(FacesMessage.SEVERITY_INFO, chosen.closes() ? "callbacks.closed" : "callbacks.noted",
                    AdminTexts.get("callbacks.outcome." + chosen.name()));
            outcome = "";
            note = "";
            goodwill = "";
        } catch (IllegalArgumentException e) {
            AdminTexts.refuse(e);
        }
        rows = null;
        opened = null;
    }

    private long requireTask() {
        if (taskId == null) {
            throw new Problem("callbacks.error.openFirst");
        }
        return taskId;
    }

    private static Row row(CallbackView v) {
        ZoneId zone = ZoneId.of(v.zoneId());
        DateTimeFormatter when = DateTimeFormatter.ofPattern("d MMM HH:mm", AdminTexts.locale());
        String status = v.takenByName() == null ? AdminTexts.get("callbacks.status.open")
                : AdminTexts.get("callbacks.status.taken", v.takenByName());
        return new Row(v.taskId(), when.format(v.dueAt().atZone(zone)), v.overdue(), status,
                v.customerName() == null ? (v.phoneE164() == null ? "—" : AdminTexts.get("callbacks.noCard"))
                        : v.customerName(),
                v.phoneE164() == null ? "—" : PhoneNumbers.formatInternational(new PhoneNumber(v.phoneE164())),
                v.storeName() + " · " + v.tillName() + " · " + when.format(v.visitAt().atZone(zone)) + " · "
                        + Money.of(v.dueMinor(), v.currency()).format(dev.regulars.server.platform.web.AdminTexts.locale()),
                String.join(", ", v.items()), "★".repeat(v.stars()) + "☆".repeat(5 - v.stars()),
                v.comment() == null ? "" : v.comment(), v.takenByName() == null);
    }

    public Long getTaskId() {
        return taskId;
    }

    public String getOutcome() {
        return outcome;
    }

    public void setOutcome(String outcome) {
        this.outcome = outcome == null ? "" : outcome;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note == null ? "" : note;
    }

    public String getGoodwill() {
        return goodwill;
    }

    public void setGoodwill(String goodwill) {
        this.goodwill = goodwill == null ? "" : goodwill;
    }
}
