package dev.regulars.pos.devices.nfc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.regulars.core.identification.CardNumbers;
import dev.regulars.core.sync.CardLink;
import dev.regulars.pos.devices.nfc.NfcReaderStatus.Kind;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** NfcCardReader against test doubles of the javax.smartcardio classes ({@link ScriptedTerminals}). */
class NfcCardReaderTest {

    private static final Duration POLL = Duration.ofMillis(50);
    private static final String ACR122U = "ACS ACR122U PICC Interface 00 00";
    private static final String UTRUST = "Identiv uTrust 3700 F CL Reader 01 00";
    /** A 7-byte UID as NTAG and MIFARE Ultralight have, NXP's 04 first. */
    private static final String NTAG_UID = "04A23F7C118090";

    private final ScriptedTerminals pcsc = new ScriptedTerminals();
    private final TapRecorder recorder = new TapRecorder(Duration.ofSeconds(5));
    private final NfcCardReader reader = new NfcCardReader(pcsc, POLL);

    @AfterEach
    void closeReader() {
        reader.close();
    }

    @Test
    void aCardLyingOnTheReaderIsReadOnceByItsUid() throws Exception {
        ScriptedReader acr = pcsc.plugIn(ACR122U);
        recorder.start(reader);
        assertThat(recorder.awaitStatus(Kind.READY).message()).isEqualTo("NFC reader ready: " + ACR122U);

        ScriptedCard card = acr.present(NTAG_UID);

        NfcTap tap = recorder.nextTap();
        assertThat(tap.cardNumber()).isEqualTo(NTAG_UID);
        assertThat(tap.reader()).isEqualTo(ACR122U);
        recorder.assertNoTapWithin(POLL.multipliedBy(8));
        assertThat(card.protocols()).containsExactly("*");
        assertThat(card.commands()).containsExactly(HexFormat.of().parseHex("FFCA000000"));
        assertThat(card.disconnects()).as("the card is left as it was, not reset").containsExactly(false);
    }

    @Test
    void theNumberIsTheOneCardNumbersComparesAndLinksAsAnNfcCard() throws Exception {
        ScriptedReader acr = pcsc.plugIn(ACR122U);
        recorder.start(reader);
        acr.present("04a23f7c"); // a 4-byte UID, MIFARE Classic

        NfcTap tap = recorder.nextTap();

        assertThat(tap.cardNumber()).isEqualTo("04A23F7C");
        assertThat(CardNumbers.normalize("04:a2:3f:7c")).contains(tap.cardNumber());
        assertThat(tap.cardLink()).isEqualTo(new CardLink(CardLink.Kind.NFC, "04A23F7C"));
        assertThat(tap.toString()).doesNotContain("04A23F7C").contains("****3F7C");
    }

    @Test
    void aCardLiftedAndTappedAgainIsReadAgain() throws Exception {
        ScriptedReader acr = readyWithOneReader();

        acr.present(NTAG_UID);
        assertThat(recorder.nextTap().cardNumber()).isEqualTo(NTAG_UID);
        acr.lift();
        pcsc.awaitSettled();
        acr.present(NTAG_UID);
        assertThat(recorder.nextTap().cardNumber()).isEqualTo(NTAG_UID);
        recorder.assertNoTapWithin(POLL.multipliedBy(4));
    }

    @Test
    void twoReadersReadTheirOwnCards() throws Exception {
        ScriptedReader acr = pcsc.plugIn(ACR122U);
        ScriptedReader utrust = pcsc.plugIn(UTRUST);
        recorder.start(reader);
        assertThat(recorder.awaitStatus(Kind.READY).message())
                .isEqualTo("2 NFC readers ready: " + ACR122U + ", " + UTRUST);

        acr.present(NTAG_UID);
        NfcTap first = recorder.nextTap();
        utrust.present("11223344");
        NfcTap second = recorder.nextTap();

        assertThat(List.of(first, second)).extracting(NfcTap::cardNumber, NfcTap::reader)
                .containsExactly(tuple(NTAG_UID, ACR122U),
                        tuple("11223344", UTRUST));
        recorder.assertNoTapWithin(POLL.multipliedBy(4));
    }

    @Test
    void aReaderUnpluggedAndPluggedBackReadsAgainWithoutARestart() throws Exception {
        pcsc.plugIn(ACR122U);
        recorder.start(reader);
        recorder.awaitStatus(Kind.READY);

        pcsc.unplug(ACR122U);
        assertThat(recorder.awaitStatus(Kind.NO_READER).message()).isEqualTo("No NFC reader is connected");
        ScriptedReader back = pcsc.plugIn(ACR122U);
        recorder.awaitStatus(Kind.READY);
        back.present(NTAG_UID);

        assertThat(recorder.nextTap().cardNumber()).isEqualTo(NTAG_UID);
    }

    @Test
    void noReaderAtAllIsAStatusAndAReaderPluggedInLaterIsFound() throws Exception {
        recorder.start(reader);
        assertThat(recorder.awaitStatus(Kind.NO_READER).message()).isEqualTo("No NFC reader is connected");
        Thread.sleep(POLL.multipliedBy(6).toMillis());
        assertThat(pcsc.waits.get()).as("no reader: nothing to wait on, the list is looked at each poll").isZero();

        pcsc.plugIn(ACR122U).present(NTAG_UID);

        assertThat(recorder.nextTap().cardNumber()).isEqualTo(NTAG_UID);
        assertThat(reader.isRunning()).isTrue();
    }

    @Test
    void aWrongStatusWordIsAMessageForTheCashierAndNoCard() throws Exception {
        ScriptedReader acr = readyWithOneReader();

        acr.present(new ScriptedCard(HexFormat.of().parseHex("04A23F7C"), 0x6A81, false));

        assertThat(recorder.awaitStatus(Kind.CARD_ERROR).message()).isEqualTo("The card did not give its number"
                + " (status 6A81: this reader does not read card numbers): tap it again, or type the customer's phone");
        recorder.assertNoTapWithin(POLL.multipliedBy(4));
        acr.lift();
        recorder.awaitStatus(Kind.READY);
    }

    @Test
    void aUidOfNoNfcLengthIsNotACardNumber() throws Exception {
        ScriptedReader acr = pcsc.plugIn(ACR122U);
        recorder.start(reader);

        acr.present(new ScriptedCard(HexFormat.of().parseHex("04A23F7C11"), 0x9000, false));

        assertThat(recorder.awaitStatus(Kind.CARD_ERROR).message()).startsWith("The card gave a number of 5 bytes");
        recorder.assertNoTapWithin(POLL.multipliedBy(2));
    }

    @Test
    void aCardTakenAwayWhileReadIsAskedForAgain() throws Exception {
        ScriptedReader acr = readyWithOneReader();

        acr.present(new ScriptedCard(HexFormat.of().parseHex(NTAG_UID), 0x9000, true));

        assertThat(recorder.awaitStatus(Kind.CARD_ERROR).message())
                .isEqualTo("The card was taken away before it was read: hold it on the reader a moment");
        recorder.awaitStatus(Kind.READY); // it is off the reader already
        acr.present(NTAG_UID);
        assertThat(recorder.nextTap().cardNumber()).isEqualTo(NTAG_UID);
    }

    @Test
    void noServiceIsANoReaderStatusTriedAgainEachPollNotInABusyLoop() throws Exception {
        pcsc.stopService();
        ScriptedReader acr = pcsc.plugIn(ACR122U);
        recorder.start(reader);

        assertThat(recorder.awaitStatus(Kind.NO_READER).message())
                .isEqualTo("NFC cards cannot be read now: SCARD_E_NO_SERVICE");
        Thread.sleep(POLL.multipliedBy(10).toMillis());
        assertThat(pcsc.connects.get()).as("one try a poll").isBetween(3, 14);
        assertThat(recorder.allStatuses()).hasSize(1);

        pcsc.startService();
        recorder.awaitStatus(Kind.READY);
        acr.present(NTAG_UID);
        assertThat(recorder.nextTap().cardNumber()).isEqualTo(NTAG_UID);
    }

    @Test
    void theServiceStoppingWhileReadyIsANoReaderStatusUntilItIsBack() throws Exception {
        ScriptedReader acr = readyWithOneReader();
        acr.present(NTAG_UID);
        recorder.nextTap();

        pcsc.stopService();
        assertThat(recorder.awaitStatus(Kind.NO_READER).message()).isEqualTo(
                "NFC cards cannot be read now: the card reader service (pcscd) stopped (SCARD_E_NO_SERVICE)");
        int connects = pcsc.connects.get();
        Thread.sleep(POLL.multipliedBy(6).toMillis());
        assertThat(pcsc.connects.get() - connects).isBetween(1, 9);
        pcsc.startService();
        recorder.awaitStatus(Kind.READY);

        recorder.assertNoTapWithin(POLL.multipliedBy(4)); // the card lay there all along: not a new tap
        acr.lift();
        pcsc.awaitSettled();
        acr.present(NTAG_UID);
        assertThat(recorder.nextTap().cardNumber()).isEqualTo(NTAG_UID);
    }

    @Test
    void closeStopsTheThreadAndNothingIsReportedAfter() throws Exception {
        ScriptedReader acr = readyWithOneReader();
        assertThat(reader.isRunning()).isTrue();

        reader.close();

        assertThat(reader.isRunning()).isFalse();
        int statuses = recorder.allStatuses().size();
        acr.present(NTAG_UID);
        pcsc.unplug(ACR122U);
        recorder.assertNoTapWithin(POLL.multipliedBy(4));
        assertThat(recorder.allStatuses()).hasSize(statuses);
        assertThat(Thread.getAllStackTraces().keySet()).extracting(Thread::getName).doesNotContain("nfc-reader");
    }

    @Test
    void closeEndsTheWaitForTheServiceAtOnce() throws Exception {
        NfcCardReader slow = new NfcCardReader(pcsc, Duration.ofSeconds(30));
        pcsc.stopService();
        TapRecorder slowRecorder = new TapRecorder(Duration.ofSeconds(5));
        slowRecorder.start(slow);
        slowRecorder.awaitStatus(Kind.NO_READER);

        long start = System.nanoTime();
        slow.close();

        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(2));
        assertThat(slow.isRunning()).isFalse();
    }

    @Test
    void aListenerThatThrowsDoesNotStopTheReader() throws Exception {
        ScriptedReader acr = pcsc.plugIn(ACR122U);
        List<NfcTap> taps = new ArrayList<>();
        reader.start(tap -> {
            synchronized (taps) {
                taps.add(tap);
            }
            throw new IllegalStateException("a screen's bug");
        }, status -> { });

        acr.present(NTAG_UID);
        waitUntil(() -> taps.size() == 1);
        acr.lift();
        pcsc.awaitSettled();
        acr.present(NTAG_UID);
        waitUntil(() -> taps.size() == 2);

        assertThat(reader.isRunning()).isTrue();
    }

    @Test
    void logsNeverHoldAWholeCardNumber() throws Exception {
        List<String> logged = new ArrayList<>();
        Handler capture = new Handler() {
            private final SimpleFormatter format = new SimpleFormatter();

            @Override
            public void publish(LogRecord record) {
                synchronized (logged) {
                    logged.add(format.format(record));
                }
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger log = Logger.getLogger(NfcCardReader.class.getName());
        log.addHandler(capture);
        try {
            ScriptedReader acr = pcsc.plugIn(ACR122U);
            recorder.start(reader);
            acr.present(NTAG_UID);
            recorder.nextTap();
            acr.lift();
            pcsc.awaitSettled();
            acr.present(new ScriptedCard(HexFormat.of().parseHex(NTAG_UID), 0x6300, false));
            recorder.awaitStatus(Kind.CARD_ERROR);
        } finally {
            log.removeHandler(capture);
        }

        synchronized (logged) {
            assertThat(logged).anyMatch(line -> line.contains("**********8090"));
            assertThat(logged).noneMatch(line -> line.contains(NTAG_UID) || line.contains("04A2 3F7C"));
        }
    }

    /** Plugs in the ACR122U, starts the reader and waits until it says it is ready. */
    private ScriptedReader readyWithOneReader() throws InterruptedException {
        ScriptedReader acr = pcsc.plugIn(ACR122U);
        recorder.start(reader);
        recorder.awaitStatus(Kind.READY);
        return acr;
    }

    private static void waitUntil(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("waited 5 s").isLessThan(deadline);
            Thread.sleep(10);
        }
    }
}
