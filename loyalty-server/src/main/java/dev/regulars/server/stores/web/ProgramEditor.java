package dev.regulars.server.stores.web;

import dev.regulars.core.rules.ProgramRules;
import dev.regulars.server.platform.Problem;
import dev.regulars.server.platform.web.AdminTexts;
import dev.regulars.server.staff.StaffDirectory;
import dev.regulars.server.staff.StaffUser;
import dev.regulars.server.stores.ProgramChanges;
import dev.regulars.server.stores.ProgramDiff;
import dev.regulars.server.stores.ProgramVersions;
import dev.regulars.server.stores.Store;
import dev.regulars.server.stores.TerminalRegistry;
import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Currency;
import java.util.List;

/**
 * The owner's program editor (program.xhtml): the rules of the newest version in fields, checked next to each
 * field, published as the next version; and the history of versions with what each changed. The version the
 * owner started from goes with the form, so a version someone else published meanwhile is never overwritten.
 */
@Named("program")
@ViewScoped
public class ProgramEditor implements Serializable {

    private static final long serialVersionUID = 1L;
    /** Versions the history shows. */
    public static final int HISTORY = 10;

    @Inject
    private ProgramVersions versions;
    @Inject
    private ProgramChanges changes;
    @Inject
    private StaffDirectory staff;
    @Inject
    private TerminalRegistry registry;

    private String currencyCode;
    private String zone;
    private int basedOn;
    private ProgramForm form;
    private List<Version> history;

    /** A version as listed: its number, when and by whom, and its changes in the reader's language. */
    public record Version(int version, String when, String by, List<String> changes) implements Serializable {
    }

    @PostConstruct
    void load() {
        StaffUser me = staff.current();
        Store first = registry.storesOf(me.businessId()).stream().findFirst()
                .orElseThrow(() -> new IllegalStateException("a business without a store has no program"));
        currencyCode = first.currency();
        zone = registry.zoneOf(me.businessId()).getId();
        ProgramRules latest = versions.latest(me.businessId())
                .orElseThrow(() -> new IllegalStateException("business " + me.businessId() + " has no program"));
        basedOn = latest.version();
        form = ProgramForm.of(latest, currency());
    }

    /** Checks the fields and publishes them as the next version; the page then shows it from its address. */
    public void publish() throws IOException {
        ProgramRules rules = form.parse(basedOn, currency());
        if (rules == null) {
            AdminTexts.say(FacesMessage.SEVERITY_ERROR, "program.error.fields");
            return;
        }
        int published;
        try {
            published = changes.publish(staff.current(), basedOn, rules, currency());
        } catch (Problem e) {
            AdminTexts.refuse(e);
            return;
        }
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        external.getFlash().put("notice", AdminTexts.get("program.published", published));
        external.redirect(external.getRequestContextPath() + "/admin/program.xhtml");
    }

    /** The versions, newest first. */
    public List<Version> getHistory() {
        if (history == null) {
            DateTimeFormatter when = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", AdminTexts.locale());
            ZoneId here = ZoneId.of(zone);
            history = changes.history(staff.current().businessId(), currency(), HISTORY).stream()
                    .map(p -> new Version(p.version(), when.format(p.createdAt().atZone(here)),
                            p.createdBy() == null ? "—" : p.createdBy(),
                            p.changes().stream().map(ProgramEditor::words).toList()))
                    .toList();
        }
        return history;
    }

    private static String words(ProgramDiff.Change change) {
        return AdminTexts.get(change.key(), change.args().toArray());
    }

    public ProgramForm getForm() {
        return form;
    }

    public int getBasedOn() {
        return basedOn;
    }

    public String getCurrency() {
        return currencyCode;
    }

    /** Tier rows of the form, 0 to {@link ProgramForm#TIER_ROWS} - 1. */
    public List<Integer> getTierRows() {
        return java.util.stream.IntStream.range(0, ProgramForm.TIER_ROWS).boxed().toList();
    }

    private Currency currency() {
        return Currency.getInstance(currencyCode);
    }
}
