package dev.regulars.pos;

import dev.regulars.pos.journal.Journal;
import dev.regulars.pos.sync.TillSync;
import dev.regulars.pos.ui.PosApp;
import dev.regulars.pos.ui.TillOptions;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import javafx.application.Application;
import javafx.application.Platform;

/**
 * Starts the till. Kept apart from the Application subclass so it runs from a plain classpath.
 *
 * <pre>
 * java -jar pos-terminal.jar [--data-dir DIR] [--server URL --pairing-code CODE [--terminal-name NAME]] [--windowed]
 * </pre>
 */
public final class PosLauncher {

    private PosLauncher() {
    }

    public static void main(String[] args) {
        Map<String, String> options = parse(args);
        Path dataDir = Path.of(options.getOrDefault("data-dir",
                Path.of(System.getProperty("user.home"), ".regulars", "till").toString()));
        Journal journal = Journal.open(dataDir.resolve("journal.db"));
        TillContext till = new TillContext(journal, new TillSync(journal), Clock.systemUTC(), Locale.getDefault(),
                Executors.newCachedThreadPool(r -> {
                    Thread thread = new Thread(r, "till-background");
                    thread.setDaemon(true);
                    return thread;
                }), Platform::runLater);
        PosApp.prepare(till, new TillOptions(!options.containsKey("windowed"),
                Optional.ofNullable(options.get("server")), Optional.ofNullable(options.get("pairing-code")),
                Optional.ofNullable(options.get("terminal-name")), Optional.of(PosApp.defaultSyncPeriod())));
        Application.launch(PosApp.class);
    }

    static Map<String, String> parse(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (!args[i].startsWith("--")) {
                throw new IllegalArgumentException("unexpected argument " + args[i]);
            }
            String name = args[i].substring(2);
            if (name.equals("windowed")) {
                options.put(name, "true");
            } else if (i + 1 < args.length) {
                options.put(name, args[++i]);
            } else {
                throw new IllegalArgumentException("--" + name + " needs a value");
            }
        }
        return options;
    }
}
