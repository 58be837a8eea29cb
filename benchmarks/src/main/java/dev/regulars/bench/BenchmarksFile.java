package dev.regulars.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** BENCHMARKS.md: one table, one row per figure; a new measurement replaces the row of the same figure. */
final class BenchmarksFile {

    private static final String HEADER = "| figure | value | unit | baseline | command |";
    private static final String RULE = "|---|---|---|---|---|";

    private BenchmarksFile() {
    }

    static void update(Path file, List<String[]> rows) throws IOException {
        Map<String, String> byFigure = new LinkedHashMap<>();
        List<String> preamble = new ArrayList<>();
        if (Files.exists(file)) {
            boolean inTable = false;
            for (String line : Files.readAllLines(file)) {
                if (line.equals(HEADER)) {
                    inTable = true;
                } else if (inTable && line.startsWith("| ") && !line.equals(RULE)) {
                    byFigure.put(line.split("\\|")[1].strip(), line);
                } else if (!inTable) {
                    preamble.add(line);
                }
            }
        } else {
            preamble.add("# Benchmarks");
            preamble.add("");
            preamble.add("Measured on the project's machine class (2 cores, 24 GiB), MariaDB on the same machine.");
            preamble.add("Each row is replaced when its command runs again. Baselines are measured in the same run.");
            preamble.add("");
        }
        for (String[] row : rows) {
            byFigure.put(row[0], "| " + String.join(" | ", row) + " |");
        }
        List<String> out = new ArrayList<>(preamble);
        out.add(HEADER);
        out.add(RULE);
        out.addAll(byFigure.values());
        Files.write(file, out);
    }
}
