package dev.regulars.server.stores;

import dev.regulars.server.platform.Problem;
import dev.regulars.server.staff.StaffAudit;
import dev.regulars.server.staff.StaffRole;
import dev.regulars.server.staff.StaffUser;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.DateTimeException;
import java.time.ZoneId;

/**
 * The owner or a manager changes a store's name, time zone (campaign schedules, quiet hours and the admin's times
 * follow it), call-back SLA (hours a manager has to call back a low rating; tasks made afterwards are due by
 * it) and what its receipts print (address, VAT id, language, footer). Audited; the change takes a change number,
 * and the store's tills have it with their next sync.
 */
@ApplicationScoped
public class StoreSettings {

    /** The longest SLA: a week. */
    public static final int MAX_SLA_HOURS = 168;
    /** The most lines of an address, and of a receipt's footer. */
    public static final int MAX_ADDRESS_LINES = 5;
    public static final int MAX_FOOTER_LINES = 3;

    @PersistenceContext(unitName = "regulars")
    private EntityManager em;
    @Inject
    private StaffAudit audit;
    @Inject
    private ChangeSequence changes;
    @Inject
    private BusinessLines lines;

    /**
     * @param zone             an IANA time zone id such as Europe/Amsterdam
     * @param callbackSlaHours 1 to {@link #MAX_SLA_HOURS}
     * @param receipt          as typed: blank fields are none; the address and footer may have several lines
     * @param lineName         the business line the store belongs to (a café and a bakery of one owner), made
     *                         when new; blank for none. A line no store is in any more is removed.
     * @throws Problem for a marketer, a store of another business, an empty or long name, an unknown zone, an SLA
     *                 out of range, an address or footer too long, a VAT id that is not one, a language we do not
     *                 print receipts in, a line name over 60 characters
     */
    @Transactional
    public void change(StaffUser staff, String storeId, String name, String zone, int callbackSlaHours,
                       ReceiptDetails receipt, String lineName) {
        if (staff.role() == StaffRole.MARKETER) {
            throw new Problem("stores.onlyManagers");
        }
        Store store = storeId == null ? null : em.find(Store.class, storeId, LockModeType.PESSIMISTIC_WRITE);
        if (store == null || !store.business().id().equals(staff.businessId())) {
            throw new Problem("stores.noSuchStore");
        }
        String cleanName = name == null ? "" : name.strip();
        if (cleanName.isEmpty() || cleanName.length() > 60) {
            throw new Problem("stores.name");
        }
        ZoneId zoneId;
        try {
            zoneId = ZoneId.of(zone == null ? "" : zone.strip());
        } catch (DateTimeException e) {
            throw new Problem("stores.zone", zone);
        }
        if (callbackSlaHours < 1 || callbackSlaHours > MAX_SLA_HOURS) {
            throw new Problem("stores.sla", MAX_SLA_HOURS);
        }
        ReceiptDetails cleanReceipt = clean(receipt);
        String line = lineName == null || lineName.isBlank() ? null : lineName.strip().replaceAll("\\s+", " ");
        if (line != null && line.length() > 60) {
            throw new Problem("stores.line");
        }
        String before = store.name() + ", " + store.zoneId() + ", " + store.callbackSlaHours() + " h";
        ReceiptDetails receiptBefore = store.receipt();
        store.change(cleanName, zoneId, callbackSlaHours, cleanReceipt, changes.next(staff.businessId()));
        audit.record(staff, "STORE_CHANGED", store.id(), before + " -> " + cleanName + ", " + zoneId.getId() + ", "
                + callbackSlaHours + " h");
        if (!receiptBefore.equals(cleanReceipt)) {
            audit.record(staff, "STORE_RECEIPT_CHANGED", store.id(), receiptBefore + " -> " + cleanReceipt);
        }
        String lineBefore = lines.nameOf(store.id());
        if (!java.util.Objects.equals(lineBefore, line)) {
            lines.place(staff.businessId(), store.id(), line);
            audit.record(staff, "STORE_LINE_CHANGED", store.id(), lineBefore + " -> " + line);
        }
    }

    private static ReceiptDetails clean(ReceiptDetails typed) {
        String address = lines(typed.address());
        if (address != null && (address.length() > 300 || address.split("\n").length > MAX_ADDRESS_LINES)) {
            throw new Problem("stores.address", MAX_ADDRESS_LINES, 300);
        }
        String vatId = typed.vatId() == null || typed.vatId().isBlank() ? null : typed.vatId().strip();
        if (vatId != null && !vatId.matches("[\\p{L}\\p{N}][\\p{L}\\p{N} .-]{1,29}")) {
            throw new Problem("stores.vatId");
        }
        String language = typed.language() == null ? "" : typed.language().strip();
        if (!ReceiptLanguages.ALL.contains(language)) {
            throw new Problem("stores.receiptLanguage");
        }
        String footer = lines(typed.footer());
        if (footer != null && (footer.length() > 300 || footer.split("\n").length > MAX_FOOTER_LINES)) {
            throw new Problem("stores.footer", MAX_FOOTER_LINES, 300);
        }
        return new ReceiptDetails(address, vatId, language, footer);
    }

    /** Text of several lines as kept: each line stripped, blank lines at the ends dropped; null when blank. */
    private static String lines(String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        return typed.strip().lines().map(String::strip).collect(java.util.stream.Collectors.joining("\n"));
    }
}
