package dev.regulars.core.sync;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.UUID;

/** The server's answer for one shift: stored now, stored before (the same content), or refused with a reason. */
public record ShiftOutcome(UUID shiftId, Status status, String message) {

    public enum Status { ACCEPTED, DUPLICATE, REJECTED }

    /** The server has the shift: the till stops sending it. */
    @JsonIgnore
    public boolean isStored() {
        return status == Status.ACCEPTED || status == Status.DUPLICATE;
    }
}
