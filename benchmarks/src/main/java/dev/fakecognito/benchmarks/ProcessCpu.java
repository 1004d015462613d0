package dev.fakecognito.benchmarks;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

/**
 * The CPU time of another process so far, from Linux's {@code /proc}: of its HTTP threads (XNIO's I/O
 * and task threads, named {@code XNIO-…}) and of the whole process (JIT compiler and GC included), in µs.
 * The kernel counts in clock ticks (10 ms), which over the millions of µs of a measured run is fine.
 */
final class ProcessCpu {
    private static final long MICROS_PER_TICK = 10_000; // USER_HZ is 100 on Linux

    private ProcessCpu() {}

    /** {@code [XNIO threads' µs, whole process's µs]}; zeros when /proc cannot be read. */
    static long[] of(long pid) {
        long xnio = 0;
        long all = 0;
        try {
            all = ticks(Files.readString(Paths.get("/proc", Long.toString(pid), "stat")));
            try (DirectoryStream<Path> tasks =
                    Files.newDirectoryStream(Paths.get("/proc", Long.toString(pid), "task"))) {
                for (Path task : tasks) {
                    try {
                        String stat = Files.readString(task.resolve("stat"));
                        String name = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
                        if (name.startsWith("XNIO-")) {
                            xnio += ticks(stat);
                        }
                    } catch (IOException threadEnded) {
                        // a thread that ended meanwhile
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            return new long[] {0, 0};
        }
        return new long[] {xnio * MICROS_PER_TICK, all * MICROS_PER_TICK};
    }

    /** utime + stime of a stat line: fields 14 and 15, counted after the command's closing parenthesis. */
    private static long ticks(String stat) {
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
    }
}
