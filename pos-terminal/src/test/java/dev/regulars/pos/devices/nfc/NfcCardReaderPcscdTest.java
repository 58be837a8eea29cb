package dev.regulars.pos.devices.nfc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.regulars.pos.devices.nfc.NfcReaderStatus.Kind;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * End to end through the real PC/SC stack: the JDK's javax.smartcardio ({@link SystemPcsc}) over libpcsclite, Debian's
 * pcscd with vsmartcard's virtual reader (vpcd) as a test's own child process ({@link PcscDaemon}), and a card that
 * speaks vpcd's protocol ({@link VirtualNfcCard}). The build installs the packages on a fresh Debian machine
 * (src/test/scripts/ensure-pcscd.sh) and points the JVM's libpcsclite at this pcscd (PCSCLITE_CSOCK_NAME).
 */
@Timeout(60)
class NfcCardReaderPcscdTest {

    /** What pcsc-lite names vpcd's two slots. */
    private static final String SLOT_0 = "Virtual PCD 00 00";
    private static final String SLOT_1 = "Virtual PCD 00 01";
    private static final String NTAG_UID = "04A23F7C118090";
    private static final Duration POLL = Duration.ofMillis(250);

    @TempDir
    Path dir;

    private final TapRecorder recorder = new TapRecorder(Duration.ofSeconds(10));

    @BeforeAll
    static void packagesAreThere() {
        assertThat(PcscDaemon.missing()).as("Debian packages this test needs; the build installs them as root"
                + " (src/test/scripts/ensure-pcscd.sh), or: sudo apt-get install pcscd vsmartcard-vpcd").isEmpty();
    }

    @Test
    void aVirtualCardIsReadOncePerTapThroughPcscd() throws Exception {
        int port = PcscDaemon.freePortPair();
        CountingPcsc pcsc = new CountingPcsc(new SystemPcsc());
        try (PcscDaemon pcscd = PcscDaemon.start(dir, port);
             NfcCardReader reader = new NfcCardReader(pcsc, POLL)) {
            recorder.start(reader);
            assertThat(recorder.awaitStatus(Kind.READY).message())
                    .isEqualTo("2 NFC readers ready: " + SLOT_0 + ", " + SLOT_1);

            VirtualNfcCard ntag = new VirtualNfcCard(NTAG_UID);
            ntag.present(port);
            NfcTap tap = recorder.nextTap();
            assertThat(tap.cardNumber()).isEqualTo(NTAG_UID);
            assertThat(tap.reader()).isEqualTo(SLOT_0);
            int waits = pcsc.waits.get();
            recorder.assertNoTapWithin(Duration.ofMillis(1500)); // pcscd looks at it every 400 ms meanwhile
            assertThat(pcsc.waits.get() - waits).as("waits for a change while the card lies there: one a poll at"
                    + " most (6 in 1.5 s), never a spin").isBetween(1, 12);
            assertThat(ntag.commands()).containsExactly("FFCA000000");

            ntag.lift();
            Thread.sleep(600); // a hand takes longer than pcscd's 400 ms look to tap again
            ntag.present(port);
            assertThat(recorder.nextTap().cardNumber()).isEqualTo(NTAG_UID);

            VirtualNfcCard classic = new VirtualNfcCard("DEADBEEF");
            classic.present(port + 1);
            NfcTap other = recorder.nextTap();
            assertThat(other.cardNumber()).isEqualTo("DEADBEEF");
            assertThat(other.reader()).isEqualTo(SLOT_1);
            classic.lift();
            ntag.lift();
        }
    }

    @Test
    void aCardThatDoesNotGiveItsNumberIsAMessageForTheCashier() throws Exception {
        int port = PcscDaemon.freePortPair();
        try (PcscDaemon pcscd = PcscDaemon.start(dir, port);
             NfcCardReader reader = new NfcCardReader(new SystemPcsc(), POLL)) {
            recorder.start(reader);
            recorder.awaitStatus(Kind.READY);

            VirtualNfcCard mute = new VirtualNfcCard(NTAG_UID, 0x6300);
            mute.present(port);

            assertThat(recorder.awaitStatus(Kind.CARD_ERROR).message())
                    .startsWith("The card did not give its number (status 6300)");
            mute.lift();
            recorder.awaitStatus(Kind.READY);
            recorder.assertNoTapWithin(Duration.ZERO);
        }
    }

    @Test
    void pcscdLateOrRestartedIsFoundWithoutRestartingTheTill() throws Exception {
        int port = PcscDaemon.freePortPair();
        try (NfcCardReader reader = new NfcCardReader(new SystemPcsc(), POLL)) {
            recorder.start(reader);
            assertThat(recorder.awaitStatus(Kind.NO_READER).message()).isEqualTo("NFC cards cannot be read now:"
                    + " the card reader service (pcscd) is not running (SCARD_E_NO_SERVICE)");

            try (PcscDaemon late = PcscDaemon.start(dir.resolve("late"), port)) {
                recorder.awaitStatus(Kind.READY);
            }
            assertThat(recorder.awaitStatus(Kind.NO_READER).message())
                    .startsWith("NFC cards cannot be read now: the card reader service (pcscd) stopped");

            try (PcscDaemon again = PcscDaemon.start(dir.resolve("again"), port)) {
                recorder.awaitStatus(Kind.READY);
                VirtualNfcCard card = new VirtualNfcCard(NTAG_UID);
                card.present(port);
                assertThat(recorder.nextTap().cardNumber()).isEqualTo(NTAG_UID);
                card.lift();
            }
        }
    }
}
