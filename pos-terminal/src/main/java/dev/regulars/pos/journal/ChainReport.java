package dev.regulars.pos.journal;

import java.util.List;

/**
 * What a walk of the journal's chain found.
 *
 * @param links    entries chained
 * @param lastHash the newest link's hash (SHA-256, hex): compare with the value seen before to notice entries cut
 *                 off the end
 * @param breaks   every break, in words; empty when the journal is whole
 */
public record ChainReport(int links, String lastHash, List<String> breaks) {

    public ChainReport {
        breaks = List.copyOf(breaks);
    }

    public boolean intact() {
        return breaks.isEmpty();
    }
}
