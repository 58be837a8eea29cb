package dev.regulars.pos.ui;

import dev.regulars.pos.receipt.PrinterProfile;
import dev.regulars.pos.receipt.ReceiptOutput;
import dev.regulars.pos.ui.pairing.ServerAddress;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * How the till was started: whether to go full screen (kiosk), optionally where and how to pair on first start (so
 * an installer or the demo can pair it without typing), and its receipt printer.
 *
 * @param printer    {@code tcp://HOST[:PORT]} or a device file such as {@code /dev/usb/lp0}; empty for none
 * @param paperMm    58 or 80
 * @param rasterQr   the printer lacks the QR command: send the QR as an image
 * @param printerCut how a receipt comes off: the cutter's partial or full cut, or none (no cutter: fed to tear off)
 * @param customerDisplay open a second window for the customer (on a second screen when there is one)
 * @param nfc        watch PC/SC readers for NFC cards (pcscd must run)
 */
public record TillOptions(boolean fullScreen, Optional<String> serverUrl, Optional<String> pairingCode,
                          Optional<String> terminalName, Optional<Duration> syncPeriod, Optional<String> printer,
                          int paperMm, boolean rasterQr, PrinterProfile.Cut printerCut, boolean customerDisplay,
                          boolean nfc) {

    /** The options {@link #of} reads, each with a value; the flags ({@link #FLAGS}) stand alone. */
    public static final List<String> VALUED = List.of("server", "pairing-code", "terminal-name", "printer", "paper",
            "printer-qr", "printer-cut");
    /** The till's options without a value. */
    public static final List<String> FLAGS = List.of("windowed", "customer-display", "nfc");

    public TillOptions {
        if (paperMm != 58 && paperMm != 80) {
            throw new IllegalArgumentException("receipt paper is 58 or 80 mm wide, not " + paperMm);
        }
        java.util.Objects.requireNonNull(printerCut, "printerCut");
    }

    /** Without a receipt printer. */
    public TillOptions(boolean fullScreen, Optional<String> serverUrl, Optional<String> pairingCode,
                       Optional<String> terminalName, Optional<Duration> syncPeriod) {
        this(fullScreen, serverUrl, pairingCode, terminalName, syncPeriod, Optional.empty(), 80, false,
                PrinterProfile.Cut.PARTIAL, false, false);
    }

    /**
     * The options of the command line (see PosLauncher), each value checked so that a typing mistake stops the till
     * at once with what is accepted, instead of a till that prints on the wrong paper or never pairs.
     *
     * @param options option names without their {@code --}, flags mapped to "true"; options not the till's are
     *                the caller's (data folder, language)
     * @throws IllegalArgumentException naming the option, the value given and the values accepted; also for
     *                                  {@code --pairing-code} without {@code --server}
     */
    public static TillOptions of(Map<String, String> options, Duration syncPeriod) {
        Optional<String> server = Optional.ofNullable(options.get("server")).map(typed -> {
            ServerAddress.Parsed parsed = ServerAddress.parse(typed);
            if (parsed.url() == null) {
                throw new IllegalArgumentException("--server is the Regulars server's address, such as"
                        + " https://regulars.example.com or 192.168.1.10:8080, not \"" + typed + "\"");
            }
            return parsed.url();
        });
        Optional<String> pairingCode = notBlank(options, "pairing-code");
        if (pairingCode.isPresent() && server.isEmpty()) {
            // a code alone would be dropped without a word and the till would wait on its pairing screen
            throw new IllegalArgumentException("--pairing-code pairs with the server --server names: give both,"
                    + " such as --server https://regulars.example.com --pairing-code CODE");
        }
        // "--printer=" would quietly be a till without a printer: one is named, or the option left out
        Optional<String> printer = notBlank(options, "printer");
        printer.ifPresent(setting -> {
            try {
                ReceiptOutput.printerAt(setting);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("--printer: " + e.getMessage(), e);
            }
        });
        return new TillOptions(!options.containsKey("windowed"), server,
                pairingCode, notBlank(options, "terminal-name"), Optional.of(syncPeriod),
                printer, paperMm(options.getOrDefault("paper", "80")),
                choice(options, "printer-qr", List.of("native", "raster"), "native").equals("raster"),
                PrinterProfile.Cut.valueOf(choice(options, "printer-cut", List.of("partial", "full", "none"),
                        "partial").toUpperCase(Locale.ROOT)),
                options.containsKey("customer-display"), options.containsKey("nfc"));
    }

    /** The paper's width in mm from {@code --paper}: 58, 58mm, 80 or 80mm (any case, a space before mm too). */
    static int paperMm(String typed) {
        String value = typed.strip().toLowerCase(Locale.ROOT).replaceFirst("\\s*mm$", "");
        if (value.equals("58") || value.equals("80")) {
            return Integer.parseInt(value);
        }
        throw new IllegalArgumentException("--paper is the receipt paper's width: 58, 58mm, 80 or 80mm, not \""
                + typed + "\"");
    }

    private static String choice(Map<String, String> options, String name, List<String> accepted,
                                 String otherwise) {
        String typed = options.get(name);
        if (typed == null) {
            return otherwise;
        }
        String value = typed.strip().toLowerCase(Locale.ROOT);
        if (!accepted.contains(value)) {
            throw new IllegalArgumentException("--" + name + " is " + String.join(", ", accepted.subList(0,
                    accepted.size() - 1)) + " or " + accepted.get(accepted.size() - 1) + ", not \"" + typed + "\"");
        }
        return value;
    }

    private static Optional<String> notBlank(Map<String, String> options, String name) {
        String typed = options.get(name);
        if (typed != null && typed.isBlank()) {
            throw new IllegalArgumentException("--" + name + " needs a value that is not blank");
        }
        return Optional.ofNullable(typed).map(String::strip);
    }

    /** The receipt printer these options describe: the paper's width, how it prints QR codes, how it cuts. */
    public PrinterProfile printerProfile() {
        PrinterProfile paper = paperMm == 58 ? PrinterProfile.PAPER_58 : PrinterProfile.PAPER_80;
        return (rasterQr ? paper.withRasterQr() : paper).withCut(printerCut);
    }
}
