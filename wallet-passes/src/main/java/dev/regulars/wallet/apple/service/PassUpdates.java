package dev.regulars.wallet.apple.service;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Which of a device's passes changed since the update tag Wallet sends as {@code passesUpdatedSince} (Apple, "Get
 * the List of Updatable Passes"). The tag is the server's: here the decimal text of a number that grows with each
 * change of a pass (a change sequence, or a time in microseconds), so "changed since" is "tag greater than".
 */
public final class PassUpdates {

    private PassUpdates() {
    }

    /** One registered pass and the tag of its latest change. */
    public record PassVersion(String serialNumber, long updateTag) {
    }

    /**
     * The serial numbers of the passes whose tag is greater than {@code passesUpdatedSince}, and the new tag (the
     * greatest tag among all the device's passes).
     *
     * @param passesUpdatedSince the query parameter, or {@code null} (or empty) on the device's first ask
     * @throws IllegalArgumentException when the tag is not one of ours, a whole number from 0 up (Wallet sends
     *     back what we gave, so only a client bug makes it; answer 400)
     * @param registered every pass the device has registered for this pass type
     * @return empty when none changed (answer 204 No Content)
     */
    public static Optional<SerialNumbers> since(String passesUpdatedSince, Collection<PassVersion> registered) {
        long since = parse(passesUpdatedSince);
        long latest = Long.MIN_VALUE;
        List<String> changed = new ArrayList<>();
        for (PassVersion pass : registered) {
            latest = Math.max(latest, pass.updateTag());
            if (pass.updateTag() > since) {
                changed.add(pass.serialNumber());
            }
        }
        return changed.isEmpty() ? Optional.empty()
                : Optional.of(new SerialNumbers(changed, Long.toString(latest)));
    }

    private static long parse(String tag) {
        if (tag == null || tag.isBlank()) {
            return Long.MIN_VALUE;
        }
        String digits = tag.strip();
        if (!digits.matches("[0-9]{1,19}")) {
            throw new IllegalArgumentException("passesUpdatedSince is the lastUpdated tag this service gave: a whole"
                    + " number from 0 up");
        }
        try {
            return Long.parseLong(digits);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("passesUpdatedSince is too large to be a tag of this service", e);
        }
    }
}
