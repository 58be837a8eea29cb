package dev.regulars.pos.launcher;

/** Stands in for the till in {@link LauncherScriptTest}: prints its arguments and exits with the status asked. */
public final class LauncherProbe {

    private LauncherProbe() {
    }

    public static void main(String[] args) {
        System.out.println("probe " + String.join(",", args));
        for (String arg : args) {
            if (arg.startsWith("exit=")) {
                System.exit(Integer.parseInt(arg.substring(5)));
            }
        }
    }
}
