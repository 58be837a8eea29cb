package dev.regulars.server.analytics;

import java.util.List;

/**
 * Which stores a figure is about: the whole business, one business line, or one store.
 *
 * @param businessId the business
 * @param storeIds   the stores in scope, never empty for a business with stores
 * @param lineId     the business line filtered on, or null
 * @param storeId    the store filtered on, or null
 * @param limited    the reader sees only some stores (StoreLimit): never the whole business, even unfiltered
 */
public record Scope(String businessId, List<String> storeIds, String lineId, String storeId, boolean limited) {

    public Scope {
        storeIds = List.copyOf(storeIds);
    }

    /** A scope of a reader who may see every store. */
    public Scope(String businessId, List<String> storeIds, String lineId, String storeId) {
        this(businessId, storeIds, lineId, storeId, false);
    }

    /** Every store of the business: figures not tied to a store (a friend who never bought) belong here only. */
    public boolean isWholeBusiness() {
        return lineId == null && storeId == null && !limited;
    }

    /** The store ids as an SQL list of literals (they are UUIDs read from the store table). */
    String sqlList() {
        if (storeIds.isEmpty()) {
            return "''";
        }
        StringBuilder sql = new StringBuilder();
        for (String id : storeIds) {
            if (!id.matches("[0-9a-fA-F-]{36}")) {
                throw new IllegalArgumentException("not a store id: " + id);
            }
            sql.append(sql.length() == 0 ? "" : ",").append('\'').append(id).append('\'');
        }
        return sql.toString();
    }
}
