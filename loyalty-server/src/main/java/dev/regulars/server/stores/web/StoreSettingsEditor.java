package dev.regulars.server.stores.web;

import dev.regulars.server.platform.Problem;
import dev.regulars.server.platform.web.AdminTexts;
import dev.regulars.server.staff.StaffDirectory;
import dev.regulars.server.stores.ReceiptDetails;
import dev.regulars.server.stores.ReceiptLanguages;
import dev.regulars.server.stores.Store;
import dev.regulars.server.stores.StoreSettings;
import dev.regulars.server.stores.TerminalRegistry;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.ZoneId;
import java.util.List;

/**
 * A store's settings on the Store page: opened for one store, its name, time zone, call-back SLA (hours) and
 * receipt details (address, VAT id, language, footer) are edited and saved (StoreSettings checks them). Currency
 * and phone region are shown, not edited.
 */
@Named("storeSettings")
@ViewScoped
public class StoreSettingsEditor implements Serializable {

    private static final long serialVersionUID = 1L;
    /** The zones offered: the IANA region zones (Europe/Amsterdam), not the legacy and fixed-offset ids. */
    private static final List<String> ZONES = ZoneId.getAvailableZoneIds().stream()
            .filter(z -> z.matches("(Africa|America|Asia|Atlantic|Australia|Europe|Indian|Pacific)/.+"))
            .sorted().toList();

    @Inject
    private TerminalRegistry registry;
    @Inject
    private StoreSettings settings;
    @Inject
    private StaffDirectory staff;
    @Inject
    private dev.regulars.server.stores.BusinessLines lines;
    @Inject
    private TillsPage tills;
    @Inject
    private dev.regulars.server.staff.StaffStores staffStores;

    /** The field each of StoreSettings' refusals is about. */
    private static final java.util.Map<String, String> FIELDS = java.util.Map.of("stores.name", "name",
            "stores.zone", "zone", "stores.sla", "sla", "stores.address", "address", "stores.vatId", "vatId",
            "stores.receiptLanguage", "receiptLanguage", "stores.footer", "footer", "stores.line", "line");

    private final java.util.HashMap<String, String> errors = new java.util.HashMap<>();
    private String storeId;
    private String name = "";
    private String zone = "";
    private String slaHours = "";
    private String currency = "";
    private String phoneRegion = "";
    private String address = "";
    private String vatId = "";
    private String receiptLanguage = "";
    private String footer = "";
    private String line = "";

    /** Opens the settings of the store with this id (of the business of the member of staff). */
    public void open(String id) {
        var mine = staffStores.current();
        Store store = registry.storesOf(staff.current().businessId()).stream().filter(s -> s.id().equals(id))
                .filter(s -> mine.allows(s.id())).findFirst().orElse(null);
        if (store == null) {
            AdminTexts.say(FacesMessage.SEVERITY_ERROR, "stores.noSuchStore");
            return;
        }
        errors.clear();
        storeId = store.id();
        name = store.name();
        zone = store.zoneId();
        slaHours = String.valueOf(store.callbackSlaHours());
        currency = store.currency();
        phoneRegion = store.phoneRegion();
        ReceiptDetails receipt = store.receipt();
        address = receipt.address() == null ? "" : receipt.address();
        vatId = receipt.vatId() == null ? "" : receipt.vatId();
        receiptLanguage = receipt.language();
        footer = receipt.footer() == null ? "" : receipt.footer();
        String current = lines.nameOf(store.id());
        line = current == null ? "" : current;
    }

    /**
     * Saves the settings; when they are refused, says what is wrong next to the field (and at the top) and keeps
     * the fields as typed.
     */
    public void save() {
        errors.clear();
        int hours;
        try {
            hours = Integer.parseInt(slaHours.strip());
        } catch (NumberFormatException e) {
            refuse(new Problem("stores.sla", StoreSettings.MAX_SLA_HOURS));
            return;
        }
        try {
            staffStores.current().require(storeId);
            settings.change(staff.current(), storeId, name, zone, hours,
                    new ReceiptDetails(address, vatId, receiptLanguage, footer), line);
        } catch (Problem e) {
            refuse(e);
            return;
        }
        AdminTexts.say(FacesMessage.SEVERITY_INFO, "stores.saved", name.strip());
        storeId = null;
        tills.load(); // the list above shows the new name
    }

    private void refuse(Problem problem) {
        String field = FIELDS.get(problem.key());
        if (field != null) {
            errors.put(field, AdminTexts.of(problem));
        }
        AdminTexts.refuse(problem);
    }

    /** What is wrong with each field (name, zone, sla) after the last save. */
    public java.util.Map<String, String> getErrors() {
        return errors;
    }

    /** Closes the settings without saving. */
    public void close() {
        storeId = null;
    }

    public boolean isOpen() {
        return storeId != null;
    }

    public List<String> getZones() {
        return ZONES;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name == null ? "" : name;
    }

    public String getZone() {
        return zone;
    }

    public void setZone(String zone) {
        this.zone = zone == null ? "" : zone;
    }

    public String getSlaHours() {
        return slaHours;
    }

    public void setSlaHours(String slaHours) {
        this.slaHours = slaHours == null ? "" : slaHours;
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address == null ? "" : address;
    }

    public String getVatId() {
        return vatId;
    }

    public void setVatId(String vatId) {
        this.vatId = vatId == null ? "" : vatId;
    }

    /** en, ru or nl. */
    public String getReceiptLanguage() {
        return receiptLanguage;
    }

    public void setReceiptLanguage(String receiptLanguage) {
        this.receiptLanguage = receiptLanguage == null ? "" : receiptLanguage;
    }

    public List<String> getReceiptLanguages() {
        return ReceiptLanguages.ALL;
    }

    public String getFooter() {
        return footer;
    }

    public void setFooter(String footer) {
        this.footer = footer == null ? "" : footer;
    }

    /** The store's business line, as typed ("" for none). */
    public String getLine() {
        return line;
    }

    public void setLine(String line) {
        this.line = line == null ? "" : line;
    }

    public String getCurrency() {
        return currency;
    }

    public String getPhoneRegion() {
        return phoneRegion;
    }
}
