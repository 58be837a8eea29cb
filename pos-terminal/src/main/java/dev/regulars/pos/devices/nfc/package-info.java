/**
 * Customers' NFC cards at the till, read through PC/SC ({@code javax.smartcardio}): any CCID contactless reader that
 * pcscd knows (ACS ACR122U / ACR1252U, Identiv uTrust, ...), several at once, plugged in and out while the till runs.
 * <p>
 * {@link dev.regulars.pos.devices.nfc.NfcCardReader} watches the readers on its own thread and hands each tap's card
 * number to a listener once, in the form {@link dev.regulars.core.identification.CardNumbers} compares (the UID in
 * upper-case hexadecimal, "04A23F7C"), and what the readers are doing to a second listener as an
 * {@link dev.regulars.pos.devices.nfc.NfcReaderStatus} for the cashier. The UID comes from the PC/SC pseudo-APDU
 * GET DATA {@code FF CA 00 00 00} (PC/SC Part 3, 3.2.2.1.3), which the reader answers itself for every ISO 14443
 * card: MIFARE Classic, Ultralight, DESFire, NTAG. {@link dev.regulars.pos.devices.nfc.SystemPcsc} is the JDK's own
 * PC/SC provider (libpcsclite on Linux); tests pass doubles of the {@code javax.smartcardio} classes instead, and an
 * end-to-end test drives the real provider through pcscd and a virtual reader. hardware-docs/nfc-readers.md says
 * how to set a till up.
 */
package dev.regulars.pos.devices.nfc;
