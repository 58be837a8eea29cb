package dev.regulars.pos.sync;

/** What one sync round did: sales sent and how the server took them, and customers refreshed. */
public record SyncReport(int salesSent, int accepted, int duplicates, int rejected, int customersRefreshed) {

    public static final SyncReport NOTHING = new SyncReport(0, 0, 0, 0, 0);
}
