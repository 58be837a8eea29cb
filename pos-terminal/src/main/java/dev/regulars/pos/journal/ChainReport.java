package dev.regulars.pos.journal;

import dev.regulars.core.sync.ShiftRecord.ChainHead;
import java.util.List;

/**
 * What a walk of the journal's chain found.
 *
 * @param links    entries chained
 * @param lastHash the newest link's hash (SHA-256, hex): compare with the value seen before to notice entries cut
 *                 off the end
 * @param breaks   every break, in words; empty when the journal is whole
 * @param notes    what the walk cannot vouch for (records after the last Z report, links of the first form) and a
 *                 head given to compare, found; in words
 * @param lastZ    the head kept by the newest Z report (printed on it and sent to the server); null when no Z report
 *                 carries one
 */
public record ChainReport(int links, String lastHash, List<String> breaks, List<String> notes, ChainHead lastZ) {

    public ChainReport {
        breaks = List.copyOf(breaks);
        notes = List.copyOf(notes);
    }

    public boolean intact() {
        return breaks.isEmpty();
    }
}
