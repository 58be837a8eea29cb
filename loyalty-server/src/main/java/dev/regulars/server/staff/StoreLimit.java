package dev.regulars.server.staff;

import dev.regulars.server.platform.Problem;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Which of the business's stores a member of staff may see and manage: all of them (the owner, and anyone not
 * limited: no rows in staff_user_store, V40), or only some (a manager of the bakery). Per-store data of other stores
 * is neither listed nor changed for a limited account; business-wide things (the program, campaigns, staff) are for
 * unlimited accounts only (loyalty-server/README.md, "Staff limited to some stores").
 *
 * @param storeIds the stores allowed; empty means all the business's stores
 */
public record StoreLimit(Set<String> storeIds) {

    /** Not limited: every store of the business. */
    public static final StoreLimit ALL = new StoreLimit(Set.of());

    public StoreLimit {
        storeIds = Set.copyOf(storeIds);
    }

    /** A store of the business as the owner chooses from it: its line (null: none). */
    public record Choice(String storeId, String storeName, String lineId, String lineName) {
    }

    /** Whether this account sees only some stores (and so nothing business-wide). */
    public boolean isLimited() {
        return !storeIds.isEmpty();
    }

    /** Whether per-store data of this store is this account's to see and manage. */
    public boolean allows(String storeId) {
        return !isLimited() || storeIds.contains(storeId);
    }

    /** The ids among {@code ids} this account may see, in their order. */
    public List<String> within(Collection<String> ids) {
        return ids.stream().filter(this::allows).toList();
    }

    /**
     * The owner's choice on the Staff page, checked: all stores, or the stores ticked plus every store of the line
     * chosen (a line is expanded to its stores now: a store put in the line later is not added by itself).
     *
     * @param role     the person's role (an owner is never limited)
     * @param all      "all stores" chosen
     * @param storeIds stores ticked, may be empty when a line is chosen
     * @param lineId   a line chosen, or null/blank
     * @param business the business's stores with their lines
     * @throws Problem staff.error.ownerLimited, staff.error.noStoreChosen, staff.error.storeNotOurs,
     *                 staff.error.lineNotOurs
     */
    public static StoreLimit chosen(StaffRole role, boolean all, Collection<String> storeIds, String lineId,
                                    List<Choice> business) {
        String line = lineId == null || lineId.isBlank() ? null : lineId.strip();
        Collection<String> ticked = storeIds == null ? List.of() : storeIds;
        if (all) {
            return ALL;
        }
        if (role == StaffRole.OWNER) {
            throw new Problem("staff.error.ownerLimited");
        }
        Set<String> chosen = new LinkedHashSet<>();
        for (String id : ticked) {
            if (business.stream().noneMatch(s -> s.storeId().equals(id))) {
                throw new Problem("staff.error.storeNotOurs");
            }
            chosen.add(id);
        }
        if (line != null) {
            List<String> ofLine = business.stream().filter(s -> line.equals(s.lineId())).map(Choice::storeId)
                    .toList();
            if (ofLine.isEmpty()) {
                throw new Problem("staff.error.lineNotOurs");
            }
            chosen.addAll(ofLine);
        }
        if (chosen.isEmpty()) {
            throw new Problem("staff.error.noStoreChosen");
        }
        return new StoreLimit(chosen);
    }

    /**
     * The SQL condition keeping rows of this account's stores: "" when not limited, else
     * {@code " AND column IN ('id', ...)"} (store ids are UUIDs read from the store table, checked as such).
     *
     * @param column the store id column, e.g. "t.store_id"
     */
    public String sqlAnd(String column) {
        if (!isLimited()) {
            return "";
        }
        StringBuilder sql = new StringBuilder(" AND ").append(column).append(" IN (");
        String comma = "";
        for (String id : storeIds.stream().sorted().toList()) {
            if (!id.matches("[0-9a-fA-F-]{36}")) {
                throw new IllegalStateException("not a store id: " + id);
            }
            sql.append(comma).append('\'').append(id).append('\'');
            comma = ",";
        }
        return sql.append(')').toString();
    }

    /**
     * Refuses a store this account may not see or change.
     *
     * @throws Problem staff.error.notYourStore
     */
    public void require(String storeId) {
        if (!allows(storeId)) {
            throw new Problem("staff.error.notYourStore");
        }
    }
}
