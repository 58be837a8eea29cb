package dev.regulars.server.stores;

/** The till behind a request, as its bearer token identified it. */
public record AuthenticatedTerminal(String terminalId, String terminalName, String storeId, String businessId,
                                    String currency, String phoneRegion, String zoneId) {

    /** Request property under which the filter leaves it for the resources. */
    public static final String PROPERTY = AuthenticatedTerminal.class.getName();
}
