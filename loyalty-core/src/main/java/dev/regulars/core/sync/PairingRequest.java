package dev.regulars.core.sync;

/** A till asks to be paired with the one-time code shown in the admin. */
public record PairingRequest(String code, String terminalName) {
}
