package dev.regulars.server.tillstaff.web;

import dev.regulars.server.platform.Problem;
import dev.regulars.server.platform.web.AdminTexts;
import dev.regulars.server.staff.StaffDirectory;
import dev.regulars.server.staff.StaffUser;
import dev.regulars.server.stores.Store;
import dev.regulars.server.stores.TerminalRegistry;
import dev.regulars.server.tillstaff.Cashier;
import dev.regulars.server.tillstaff.TillStaff;
import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The till staff page (tillstaff.xhtml, owner and managers): the people of one store's tills (the store chosen by
 * {@code ?store=}, else the business's first; for a member of staff limited to some stores, one of theirs: another
 * store on the link is refused in words) with whether each is a till manager and active and who changed them
 * last; making and unmaking a till manager and deactivating. The add, rename and PIN forms are TillPersonEditor's.
 */
@Named("tillStaff")
@ViewScoped
public class TillStaffPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private TillStaff tillStaff;
    @Inject
    private TerminalRegistry registry;
    @Inject
    private StaffDirectory staff;
    @Inject
    private dev.regulars.server.staff.StaffStores staffStores;

    private List<StoreChoice> stores = List.of();
    private StoreChoice store;
    private boolean refused;
    private boolean unknown;
    private List<Row> rows = List.of();

    /** A store of the business, to choose. */
    public record StoreChoice(String id, String name, String zoneId) implements Serializable {
    }

    /**
     * A person as listed.
     *
     * @param changed when they were last changed, in the store's zone, and by whom; empty when not known (V28)
     */
    public record Row(String id, String name, boolean manager, boolean active, String changed)
            implements Serializable {
    }

    @PostConstruct
    void start() {
        var mine = staffStores.current();
        stores = registry.storesOf(staff.current().businessId()).stream().filter(s -> mine.allows(s.id()))
                .map(s -> new StoreChoice(s.id(), s.name(), s.zoneId())).toList();
        String asked = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("store");
        refused = asked != null && !asked.isBlank() && !mine.allows(asked);
        store = stores.stream().filter(s -> s.id().equals(asked)).findFirst()
                .orElse(stores.isEmpty() ? null : stores.get(0));
        // a store the reader may see in principle (the owner sees all) but that is not the business's
        unknown = asked != null && !asked.isBlank() && !refused && store != null && !store.id().equals(asked);
        load();
    }

    /** Reads the store's people again (after a change). */
    public void load() {
        if (store == null) {
            rows = List.of();
            return;
        }
        StaffUser me = staff.current();
        List<Cashier> people = tillStaff.of(me, store.id());
        Map<String, String> names = staff.namesOf(people.stream().map(Cashier::changedBy).filter(Objects::nonNull)
                .distinct().toList());
        ZoneId zone = ZoneId.of(store.zoneId());
        rows = people.stream().map(c -> new Row(c.id(), c.name(), c.manager(), c.active(),
                changed(c.changedAt(), c.changedBy() == null ? null : names.get(c.changedBy()), zone))).toList();
    }

    public void setManager(String cashierId, boolean manager) {
        act(cashierId, () -> tillStaff.setManager(staff.current(), storeId(), cashierId, manager),
                manager ? "tillstaff.madeManager" : "tillstaff.notManager");
    }

    public void deactivate(String cashierId) {
        act(cashierId, () -> tillStaff.deactivate(staff.current(), storeId(), cashierId), "tillstaff.deactivated");
    }

    /** Makes the change and says it was made, naming the person as listed. */
    private void act(String cashierId, Runnable change, String done) {
        String name = rows.stream().filter(r -> r.id().equals(cashierId)).map(Row::name).findFirst().orElse("");
        try {
            change.run();
            AdminTexts.say(FacesMessage.SEVERITY_INFO, done, name);
        } catch (Problem e) {
            AdminTexts.refuse(e);
        }
        load();
    }

    /** "3 Dec 2026 14:05 · Olga (owner)" in the reader's language; without a name for the demo's seed. */
    private static String changed(Instant at, String by, ZoneId zone) {
        if (at == null) {
            return "";
        }
        String when = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", AdminTexts.locale()).format(at.atZone(zone));
        return by == null ? when : when + " · " + by;
    }

    /** The question before deactivating {@code name}, written to stand inside a JavaScript string in quotes. */
    public String deactivateQuestion(String name) {
        return AdminTexts.get("tillstaff.deactivateQuestion", name).replace("\\", "\\\\").replace("'", "\\'");
    }

    /** Whether ?store= named a store the reader may not see (staff.error.notYourStore); one of theirs is shown. */
    public boolean isRefused() {
        return refused;
    }

    /** "That store is not one of yours; the people of Canal are shown." when ?store= is no store of the business. */
    public String getUnknownText() {
        return unknown ? AdminTexts.get("tillstaff.error.noSuchStore", store.name()) : null;
    }

    /** The store shown; null for a business without stores. */
    public String storeId() {
        return store == null ? null : store.id();
    }

    public StoreChoice getStore() {
        return store;
    }

    /** The business's stores: the page offers a choice when there are several. */
    public List<StoreChoice> getStores() {
        return stores;
    }

    public List<Row> getRows() {
        return rows;
    }
}
