package dev.regulars.devstack;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The whole system on one machine with demo data: an embedded MariaDB whose files stay in the data folder (so the
 * demo keeps its customers across restarts), the server on Payara Micro with the demo café, and the till in a
 * window when there is a display. Runs until Ctrl-C.
 */
public final class DemoMain {

    static final String PAIRING_CODE = "DEMO-2026";

    private DemoMain() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = parse(args);
        Path data = Path.of(options.getOrDefault("data-dir", ".demo-data")).toAbsolutePath();
        Path microJar = Path.of(options.getOrDefault("micro-jar", "dev-stack/target/payara-micro.jar"));
        Path war = Path.of(options.getOrDefault("war", "loyalty-server/target/loyalty-server.war"));
        Path tillJar = Path.of(options.getOrDefault("till-jar", "pos-terminal/target/pos-terminal.jar"));
        requireFile(microJar);
        requireFile(war);
        int port = choosePort(Integer.parseInt(options.getOrDefault("port", "8080")));

        System.out.println("Starting the embedded MariaDB in " + data.resolve("mariadb") + " ...");
        MariaDbServer database = MariaDbServer.embedded(data.resolve("mariadb"));
        database.createDatabase("regulars");
        // campaign e-mails of the demo go to a mail catcher on this machine, never to real addresses
        int smtpPort = choosePort(2525);
        com.icegreen.greenmail.util.GreenMail mailCatcher = new com.icegreen.greenmail.util.GreenMail(
                new com.icegreen.greenmail.util.ServerSetup(smtpPort, "127.0.0.1", "smtp"));
        mailCatcher.start();
        // and its SMS (the join page's codes) are printed here
        DemoSmsCatcher smsCatcher = DemoSmsCatcher.start(System.out);
        System.out.println("Starting the loyalty server on Payara Micro (about 20 s; a minute the first time,"
                + " while it rings up a year of demo visits) ...");
        Map<String, String> settings = new HashMap<>(Map.of(
                "regulars.db.url", database.jdbcUrlWithCredentials("regulars"),
                "regulars.demo.seed", "true",
                "regulars.demo.marketing", "true",
                "regulars.demo.pairing-code", PAIRING_CODE,
                "regulars.public-url", "http://localhost:" + port,
                "regulars.smtp.host", "127.0.0.1",
                "regulars.smtp.port", String.valueOf(smtpPort),
                "regulars.sms.url", smsCatcher.url()));
        // Wallet with the demo's own certificates (made at the first start, kept in the data folder)
        settings.putAll(DemoWallet.settings(data.resolve("wallet"), "Regulars Demo Café"));
        PayaraMicroServer server = PayaraMicroServer.start(microJar, war, port, settings, data.resolve("server"));
        List<Process> children = new ArrayList<>();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("\nStopping ...");
            children.forEach(Process::destroy);
            server.close();
            database.close();
            mailCatcher.stop();
            smsCatcher.close();
        }, "demo-shutdown"));

        server.awaitHealthy(Duration.ofMinutes(4));
        String base = server.baseUrl();
        boolean display = System.getenv("DISPLAY") != null || System.getenv("WAYLAND_DISPLAY") != null;
        String tillCommand = "java -jar " + tillJar + " --windowed --data-dir " + data.resolve("till")
                + " --server " + base + " --pairing-code " + PAIRING_CODE + " --terminal-name \"Demo till\"";
        System.out.println();
        System.out.println("Regulars demo is running (" + database + ", data in " + data + ")");
        System.out.println("  Server health : " + base + "/api/health");
        System.out.println("  Sync API      : " + base + "/api/v1/ (see docs/API.md)");
        System.out.println("  Web admin     : " + base + "/admin/  (owner@demo.regulars.dev / regulars-demo;");
        System.out.println("                  marketer@ and manager@demo.regulars.dev, the same password)");
        System.out.println("  Demo e-mail   : campaign mails go to a local mail catcher (SMTP 127.0.0.1:" + smtpPort
                + "), never out; the admin's Messages page lists them");
        System.out.println("  Join page     : " + base + "/join/" + firstStore(database)
                + " (the QR on the till's customer display);");
        System.out.println("                  its SMS codes are printed here as [demo SMS to ...], never sent");
        System.out.println("  Pairing code  : " + PAIRING_CODE + " (re-issued at every start)");
        System.out.println("  Cashier PINs  : Anna 1234, Max 5678 (till manager: approves discounts above 10 %,");
        System.out.println("                  refunds and leaving the kiosk); the admin's Till staff page manages them");
        System.out.println("  Regulars      : +31 6 1234 5678 (Eva), +31 6 8765 4321 (Sem)");
        System.out.println("  Wallet        : the card page (" + base + "/c/...) offers Apple and Google Wallet,");
        System.out.println("                  signed with the demo's own certificates in " + data.resolve("wallet"));
        System.out.println("                  (a demo CA, not Apple's): the .pkpass downloads and opens as a file,");
        System.out.println("                  but no iPhone installs it and Google refuses the demo issuer;");
        System.out.println("                  pushes and Google updates are off (the server log counts them)");
        System.out.println("  Server log    : " + server.log());
        if (display && Files.isRegularFile(tillJar)) {
            System.out.println("  Till          : starting in a window");
            children.add(new ProcessBuilder(tillCommand(tillJar, data, base)).inheritIO().start());
        } else {
            System.out.println("  Till          : no display here; start it on a desktop with");
            System.out.println("                  " + tillCommand);
        }
        System.out.println("Press Ctrl-C to stop.");
        Thread.currentThread().join();
    }

    /** The id of the demo café's first store (its join page's path), or a placeholder if it cannot be read. */
    private static String firstStore(MariaDbServer database) {
        try (java.sql.Connection db = database.connect("regulars"); java.sql.Statement st = db.createStatement();
             java.sql.ResultSet rs = st.executeQuery("SELECT id FROM store ORDER BY name LIMIT 1")) {
            return rs.next() ? rs.getString(1) : "{store id}";
        } catch (java.sql.SQLException e) {
            return "{store id}";
        }
    }

    private static List<String> tillCommand(Path tillJar, Path data, String base) {
        return List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar",
                tillJar.toAbsolutePath().toString(), "--windowed", "--data-dir", data.resolve("till").toString(),
                "--server", base, "--pairing-code", PAIRING_CODE, "--terminal-name", "Demo till");
    }

    private static int choosePort(int wanted) throws IOException {
        try (ServerSocket socket = new ServerSocket(wanted)) {
            return socket.getLocalPort();
        } catch (IOException taken) {
            int free = MariaDbServer.freePort();
            System.out.println("Port " + wanted + " is taken; " + free + " is used instead.");
            return free;
        }
    }

    private static void requireFile(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new IllegalStateException(file + " is missing: build first with ./mvnw -DskipTests package");
        }
    }

    private static Map<String, String> parse(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            if (!args[i].startsWith("--")) {
                throw new IllegalArgumentException("unexpected argument " + args[i]);
            }
            options.put(args[i].substring(2), args[i + 1]);
        }
        return options;
    }
}
