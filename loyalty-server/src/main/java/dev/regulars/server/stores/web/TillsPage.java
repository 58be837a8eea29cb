package dev.regulars.server.stores.web;

import dev.regulars.server.platform.ApiException;
import dev.regulars.server.platform.web.AdminTexts;
import dev.regulars.server.staff.StaffDirectory;
import dev.regulars.server.staff.StaffUser;
import dev.regulars.server.stores.IssuedPairingCode;
import dev.regulars.server.stores.Store;
import dev.regulars.server.stores.Terminal;
import dev.regulars.server.stores.TerminalRegistry;
import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * The admin's stores and tills: issue a pairing code for a new till, revoke a lost or stolen one. A member of staff
 * limited to some stores sees and changes the tills of those only.
 */
@Named("tills")
@ViewScoped
public class TillsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private TerminalRegistry registry;
    @Inject
    private StaffDirectory staffDirectory;
    @Inject
    private dev.regulars.server.staff.StaffStores staffStores;

    private List<StoreRow> stores;
    private List<TillRow> tills;
    private IssuedCodeRow issuedCode;

    /** A store of the business, as listed. */
    public record StoreRow(String id, String name, String zoneId) implements Serializable {
    }

    /** A till, as listed. */
    public record TillRow(String id, String name, String storeName, String pairedAt, boolean revoked,
                          String revokedAt) implements Serializable {
    }

    /** The code just issued: shown once, never stored in clear. */
    public record IssuedCodeRow(String code, String storeName, String validUntil) implements Serializable {
    }

    @PostConstruct
    void load() {
        StaffUser me = staffDirectory.current();
        var mine = staffStores.of(me);
        stores = registry.storesOf(me.businessId()).stream().filter(s -> mine.allows(s.id()))
                .map(s -> new StoreRow(s.id(), s.name(), s.zoneId())).toList();
        tills = registry.tillsOf(me.businessId()).stream().filter(t -> mine.allows(t.store().id()))
                .map(this::row).toList();
    }

    public void issueCode(String storeId) {
        StaffUser me = staffDirectory.current();
        try {
            staffStores.of(me).require(storeId);
            IssuedPairingCode code = registry.issuePairingCode(me.businessId(), storeId, me.id());
            issuedCode = new IssuedCodeRow(code.code(), code.storeName(), format(code.expiresAt(), zoneOf(storeId)));
        } catch (ApiException e) {
            error(e);
        } catch (dev.regulars.server.platform.Problem e) {
            AdminTexts.refuse(e);
        }
    }

    public void revoke(String terminalId) {
        StaffUser me = staffDirectory.current();
        try {
            var mine = staffStores.of(me);
            registry.tillsOf(me.businessId()).stream().filter(t -> t.id().equals(terminalId)).findFirst()
                    .ifPresent(t -> mine.require(t.store().id()));
            registry.revoke(me.businessId(), terminalId, me.id());
            AdminTexts.say(FacesMessage.SEVERITY_INFO, "store.tillRevoked");
        } catch (ApiException e) {
            error(e);
        } catch (dev.regulars.server.platform.Problem e) {
            AdminTexts.refuse(e);
        }
        load();
    }

    private TillRow row(Terminal t) {
        ZoneId zone = ZoneId.of(t.store().zoneId());
        return new TillRow(t.id(), t.name(), t.store().name(), format(t.pairedAt(), zone), t.isRevoked(),
                t.revokedAt() == null ? "" : format(t.revokedAt(), zone));
    }

    private ZoneId zoneOf(String storeId) {
        return stores.stream().filter(s -> s.id().equals(storeId)).findFirst()
                .map(s -> ZoneId.of(s.zoneId())).orElse(ZoneId.of("UTC"));
    }

    private static String format(Instant at, ZoneId zone) {
        return DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", AdminTexts.locale()).format(at.atZone(zone));
    }

    /** "No such store", "No such till": the registry's refusals, in the reader's language. */
    private static void error(ApiException e) {
        try {
            AdminTexts.say(FacesMessage.SEVERITY_ERROR, "store.error." + e.error());
        } catch (java.util.MissingResourceException unknown) {
            AdminTexts.refuse(e);
        }
    }

    public List<StoreRow> getStores() {
        return stores;
    }

    public List<TillRow> getTills() {
        return tills;
    }

    public IssuedCodeRow getIssuedCode() {
        return issuedCode;
    }
}
