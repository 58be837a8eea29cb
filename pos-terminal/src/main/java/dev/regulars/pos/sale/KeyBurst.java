package dev.regulars.pos.sale;

import java.util.Optional;

/**
 * Tells a keyboard-wedge scanner from a person at the keyboard. A scanner types a whole code in a burst (a few
 * milliseconds a character) and ends it with Enter; a person types slower than {@link #MAX_GAP_NANOS} between keys.
 * A burst of at least {@link #MIN_LENGTH} characters ending with Enter is a scan.
 */
public final class KeyBurst {

    /** Slower than this between two characters is a person (scanners: 1-15 ms; fast typists: 60 ms and more). */
    public static final long MAX_GAP_NANOS = 35_000_000L;
    /** Shorter codes are not scanned: barcodes, card numbers and links are longer. */
    public static final int MIN_LENGTH = 4;

    private final StringBuilder burst = new StringBuilder();
    private long last = Long.MIN_VALUE;
    private long typed;

    /** A character typed at {@code nanos} (System.nanoTime's clock). */
    public void typed(char c, long nanos) {
        if (burst.length() > 0 && nanos - last > MAX_GAP_NANOS) {
            burst.setLength(0);
        }
        burst.append(c);
        last = nanos;
        typed++;
    }

    /**
     * Whether a key at {@code nanos} continues a burst: a character came less than {@link #MAX_GAP_NANOS} before
     * (a scanner is typing; a person is not that fast). The burst's first key cannot be told from a person's.
     */
    public boolean continues(long nanos) {
        return burst.length() > 0 && nanos - last <= MAX_GAP_NANOS;
    }

    /** How many characters were typed since this burst watcher began: tells whether any came after a given one. */
    public long typedCount() {
        return typed;
    }

    /**
     * Enter pressed at {@code nanos}: the code scanned, when what came before was a scanner's burst; empty when a
     * person typed it (the Enter is theirs).
     */
    public Optional<String> enter(long nanos) {
        boolean scan = burst.length() >= MIN_LENGTH && nanos - last <= MAX_GAP_NANOS;
        String code = burst.toString();
        burst.setLength(0);
        return scan ? Optional.of(code) : Optional.empty();
    }
}
