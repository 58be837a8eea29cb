package dev.regulars.pos;

import dev.regulars.pos.journal.ChainReport;
import dev.regulars.pos.journal.Journal;
import dev.regulars.pos.sync.TillSync;
import dev.regulars.pos.ui.PosApp;
import dev.regulars.pos.ui.TillOptions;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Executors;
import javafx.application.Application;
import javafx.application.Platform;

/**
 * Starts the till. Kept apart from the Application subclass so it runs from a plain classpath.
 *
 * <pre>
 * java -jar pos-terminal.jar [--data-dir DIR] [--server URL --pairing-code CODE [--terminal-name NAME]] [--windowed]
 *     [--printer tcp://HOST[:PORT] | --printer /dev/usb/lp0] [--paper 58|58mm|80|80mm] [--printer-qr native|raster]
 *     [--printer-cut partial|full|none]
 *     [--customer-display] [--nfc] [--language en|ru|nl]
 * java -jar pos-terminal.jar [--data-dir DIR] --verify-journal [--expect-head=HASH]
 * </pre>
 *
 * {@code --verify-journal} walks the journal's tamper-evident chain, prints what it found and exits with 0 when the
 * journal is whole, 1 when something broke it (every break named), 2 when it cannot be read or the head given is
 * not 16 to 64 hex digits. {@code --expect-head} is a head seen before (the one a Z report prints, the server
 * keeps, or an earlier walk printed): a journal that no longer holds it was cut or rewritten.
 *
 * <p>An option's value follows it or its {@code =} ({@code --paper=58}); a wrong one stops the till with exit code 2
 * and what is accepted.
 *
 * <p>{@code --language} is the cashier's language; without it the till speaks its store's receipt language once
 * the server has sent the store's details, and the computer's language before that.
 */
public final class PosLauncher {

    private PosLauncher() {
    }

    public static void main(String[] args) {
        Map<String, String> options;
        TillOptions tillOptions;
        try {
            options = parse(args);
            language(options.get("language"));
            tillOptions = TillOptions.of(options, PosApp.defaultSyncPeriod());
        } catch (IllegalArgumentException e) {
            // a mistyped option stops the till with what is accepted, not with a stack trace
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        Path dataDir = Path.of(options.getOrDefault("data-dir",
                Path.of(System.getProperty("user.home"), ".regulars", "till").toString()));
        if (options.containsKey("verify-journal")) {
            System.exit(verifyJournal(dataDir.resolve("journal.db"), options.get("expect-head")));
        }
        Locale language = language(options.get("language"));
        Journal journal = Journal.open(dataDir.resolve("journal.db"));
        TillContext till = new TillContext(journal, new TillSync(journal), Clock.systemUTC(), language,
                Executors.newCachedThreadPool(r -> {
                    Thread thread = new Thread(r, "till-background");
                    thread.setDaemon(true);
                    return thread;
                }), Platform::runLater);
        PosApp.prepare(till, tillOptions);
        int failed = launchOrExplain(() -> Application.launch(PosApp.class), System.err);
        if (failed != 0) {
            System.exit(failed);
        }
    }

    /** What the till says when JavaFX finds no screen to open its window on. */
    static final String NO_DISPLAY = "The till found no display: set DISPLAY or run it under a desktop session;"
            + " for the journal check use --verify-journal";

    /**
     * Runs {@code launch} (the window's start); a JavaFX without a display (it throws "Unable to open DISPLAY",
     * possibly wrapped) is told in words on {@code err} instead of a stack trace.
     *
     * @return 0 when the window ran, 2 without a display
     * @throws RuntimeException any other failure, unchanged
     */
    static int launchOrExplain(Runnable launch, java.io.PrintStream err) {
        try {
            launch.run();
            return 0;
        } catch (RuntimeException e) {
            for (Throwable cause = e; cause != null; cause = cause.getCause()) {
                if (cause instanceof UnsupportedOperationException && cause.getMessage() != null
                        && cause.getMessage().contains("DISPLAY")) {
                    err.println(NO_DISPLAY);
                    return 2;
                }
            }
            throw e;
        }
    }

    /** Prints the chain's report; returns the process's exit code. */
    static int verifyJournal(Path file) {
        return verifyJournal(file, null);
    }

    /**
     * The same, checking that the chain holds {@code expectedHead} (null: no head to compare).
     *
     * @return 0 whole, 1 broken, 2 unreadable or a head that is not 16 to 64 hex digits
     */
    static int verifyJournal(Path file, String expectedHead) {
        if (!java.nio.file.Files.isRegularFile(file)) {
            System.err.println("No journal at " + file);
            return 2;
        }
        try (Journal journal = Journal.open(file)) {
            ChainReport report = journal.verifyChain(expectedHead);
            System.out.println(report.links() + " entries chained in " + file + "; last hash " + report.lastHash());
            System.out.println(report.lastZ() == null ? "No Z report carries a chain head yet."
                    : "The last Z report printed: " + report.lastZ().links() + " records, last receipt "
                    + report.lastZ().lastReceipt() + ", head " + report.lastZ().shortHash() + " ("
                    + report.lastZ().hash() + ")");
            report.notes().forEach(n -> System.out.println("Note: " + n + "."));
            if (report.intact()) {
                System.out.println("The journal is whole.");
                return 0;
            }
            System.out.println(report.breaks().size() + " break(s):");
            report.breaks().forEach(b -> System.out.println("  " + b));
            return 1;
        } catch (IllegalArgumentException e) {
            System.err.println("--expect-head: " + e.getMessage());
            return 2;
        } catch (RuntimeException e) {
            System.err.println("The journal cannot be read: " + e.getMessage());
            return 2;
        }
    }

    /** The languages the till has words for. */
    static final java.util.List<String> LANGUAGES = java.util.List.of("en", "ru", "nl");

    /** The cashier's language as {@code --language} says; null (follow the store) without the option. */
    static Locale language(String option) {
        if (option == null) {
            return null;
        }
        String tag = option.strip().toLowerCase(Locale.ROOT);
        if (tag.isEmpty()) {
            throw new IllegalArgumentException("--language needs " + String.join(", ", LANGUAGES.subList(0,
                    LANGUAGES.size() - 1)) + " or " + LANGUAGES.get(LANGUAGES.size() - 1));
        }
        if (!LANGUAGES.contains(tag)) {
            throw new IllegalArgumentException("--language is one of " + String.join(", ", LANGUAGES) + ", not "
                    + option);
        }
        return Locale.forLanguageTag(tag);
    }

    /**
     * The command line as option names (without {@code --}) and values: {@code --paper 58} and {@code --paper=58}
     * alike; flags map to "true".
     *
     * @throws IllegalArgumentException for an option the till does not have (a typing mistake would otherwise be
     *                                  ignored), a flag given a value, an option given twice or without its
 *                                  value, {@code --expect-head} without {@code --verify-journal}
     */
    static Map<String, String> parse(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (!args[i].startsWith("--")) {
                // "--windowed yes": the word after a flag is the flag's value the flag does not take
                String before = i > 0 && args[i - 1].startsWith("--") ? args[i - 1].substring(2) : null;
                if (before != null && (FLAGS.contains(before) || TillOptions.FLAGS.contains(before))) {
                    throw new IllegalArgumentException("--" + before + " takes no value");
                }
                throw new IllegalArgumentException("unexpected argument " + args[i]);
            }
            String name = args[i].substring(2);
            String value = null;
            int equals = name.indexOf('=');
            if (equals >= 0) {
                value = name.substring(equals + 1);
                name = name.substring(0, equals);
            }
            boolean flag = FLAGS.contains(name) || TillOptions.FLAGS.contains(name);
            if (!flag && !VALUED.contains(name) && !TillOptions.VALUED.contains(name)) {
                throw new IllegalArgumentException("--" + name + " is not an option of the till; it has --"
                        + String.join(", --", java.util.stream.Stream.of(VALUED, TillOptions.VALUED, FLAGS,
                        TillOptions.FLAGS).flatMap(java.util.List::stream).toList()));
            }
            if (options.containsKey(name)) {
                // which of the two would win is a guess the till does not make
                throw new IllegalArgumentException("--" + name + " is given twice: give it once");
            }
            if (flag && value != null) {
                throw new IllegalArgumentException("--" + name + " takes no value");
            } else if (flag) {
                options.put(name, "true");
            } else if (value != null) {
                options.put(name, value);
            } else if (i + 1 < args.length) {
                options.put(name, args[++i]);
            } else {
                throw new IllegalArgumentException("--" + name + " needs a value");
            }
        }
        if (options.containsKey("expect-head") && !options.containsKey("verify-journal")) {
            throw new IllegalArgumentException("--expect-head is the head --verify-journal looks for: give both,"
                    + " such as --verify-journal --expect-head=HASH");
        }
        return options;
    }

    /** The launcher's own options beside the till's ({@link TillOptions#VALUED}, {@link TillOptions#FLAGS}). */
    private static final java.util.List<String> VALUED = java.util.List.of("data-dir", "language", "expect-head");
    private static final java.util.List<String> FLAGS = java.util.List.of("verify-journal");
}
