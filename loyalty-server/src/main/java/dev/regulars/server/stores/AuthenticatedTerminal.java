package dev.regulars.server.stores;

import java.time.Instant;

/** The till behind a request, as its bearer token identified it. */
public record AuthenticatedTerminal(String terminalId, String terminalName, String storeId, String businessId,
                                    String currency, String phoneRegion, String zoneId, Instant businessSince) {

    /** Request property under which the filter leaves it for the resources. */
    public static final String PROPERTY = AuthenticatedTerminal.class.getName();
}
