package dev.regulars.core.sync;

import java.util.List;

/** {@code POST /api/v1/sync/shifts}: closed shifts with their Z reports, at most {@link #MAX_SHIFTS}. */
public record ShiftsBatch(List<ShiftRecord> shifts) {

    public static final int MAX_SHIFTS = 50;
}
