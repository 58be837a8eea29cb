package dev.regulars.core.sync;

import java.util.List;

/** One outcome per shift, in the order sent. */
public record ShiftsBatchResult(List<ShiftOutcome> outcomes) {
}
