package dev.regulars.pos;

import java.lang.management.ManagementFactory;

/**
 * The line the cold-start benchmark (benchmarks/till.sh, TillColdStart) waits for: written to standard output, for
 * a program to read, never shown to a cashier.
 */
public final class ColdStartMark {

    /** What the line starts with; TillColdStart looks for it. */
    public static final String PIN_SCREEN_SHOWN = "PIN screen shown";

    private ColdStartMark() {
    }

    /** Says that the PIN screen is on the screen, with the milliseconds since the JVM started. */
    public static void pinScreenShown() {
        System.out.println(PIN_SCREEN_SHOWN + " " + ManagementFactory.getRuntimeMXBean().getUptime()
                + " ms after the JVM started");
    }
}
