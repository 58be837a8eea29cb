package dev.regulars.core.sync;

/** A card to link to a customer at the till: a printed card's number or an NFC card's UID (hex). */
public record CardLink(Kind kind, String number) {

    public enum Kind { PRINTED, NFC }
}
