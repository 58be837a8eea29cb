package dev.regulars.server.stores.web;

import dev.regulars.server.platform.Problem;
import dev.regulars.server.platform.web.AdminTexts;
import dev.regulars.server.staff.StaffDirectory;
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
 * A store's settings on the Store page: opened for one store, its name, time zone and call-back SLA (hours) are
 * edited and saved (StoreSettings checks them). Currency and phone region are shown, not edited.
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
    private TillsPage tills;

    private String storeId;
    private String name = "";
    private String zone = "";
    private String slaHours = "";
    private String currency = "";
    private String phoneRegion = "";

    /** Opens the settings of the store with this id (of the business of the member of staff). */
    public void open(String id) {
        Store store = registry.storesOf(staff.current().businessId()).stream().filter(s -> s.id().equals(id))
                .findFirst().orElse(null);
        if (store == null) {
            AdminTexts.say(FacesMessage.SEVERITY_ERROR, "stores.noSuchStore");
            return;
        }
        storeId = store.id();
        name = store.name();
        zone = store.zoneId();
        slaHours = String.valueOf(store.callbackSlaHours());
        currency = store.currency();
        phoneRegion = store.phoneRegion();
    }

    /** Saves the settings; says what is wrong and keeps the fields as typed when they are refused. */
    public void save() {
        int hours;
        try {
            hours = Integer.parseInt(slaHours.strip());
        } catch (NumberFormatException e) {
            AdminTexts.say(FacesMessage.SEVERITY_ERROR, "stores.sla", StoreSettings.MAX_SLA_HOURS);
            return;
        }
        try {
            settings.change(staff.current(), storeId, name, zone, hours);
        } catch (Problem e) {
            AdminTexts.refuse(e);
            return;
        }
        AdminTexts.say(FacesMessage.SEVERITY_INFO, "stores.saved", name.strip());
        storeId = null;
        tills.load(); // the list above shows the new name
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

    public String getCurrency() {
        return currency;
    }

    public String getPhoneRegion() {
        return phoneRegion;
    }
}
