package org.sgdvalley.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The start-up part of {@code bench}: launches the desktop app as a user does ({@code java -cp ...
 * gui}, a new JVM each time, with the hidden {@code --startup-probe}) and times, from the launch, the
 * first frame with the preset's content and the end of native loading (ND4J's included): with the
 * class archive (the first launch writes it, in a folder of the bench's own) and without it.
 */
final class StartupBench {
    /** The launcher's switch and folder of the class archive (its own constants are out of this layer's reach). */
    private static final String CLASS_DATA_SWITCH = "sgdvalley.classData";
    private static final String CLASS_DATA_FOLDER = "sgdvalley.classDataFolder";
    /** Seconds after which a launch counts as hung. */
    private static final long TIMEOUT_SECONDS = 180;
    private final PrintWriter out;
    private final int launches;
    private final boolean display;

    StartupBench(PrintWriter out, int launches, boolean display) {
        this.out = out;
        this.launches = launches;
        this.display = display;
    }

    void run() throws InterruptedException {
        Path folder;
        try {
            // an archive folder of its own, so that the first launch writes the archive and the user's stays
            folder = Files.createTempDirectory("sgd-valley-class-data");
        } catch (IOException e) {
            out.printf("Start-up: no temporary folder (%s)%n", e.getMessage());
            return;
        }
        try {
            measure(folder);
        } finally {
            delete(folder);
        }
    }

    /** The launch that writes the archive, then launches with and without it in turn. */
    private void measure(Path folder) throws InterruptedException {
        double[] writing = launch(folder, true);
        if (writing == null) {
            hung(1);
            return;
        }
        boolean written = archiveIn(folder);
        // in turn, so that a spell of load on a shared machine falls on both alike
        double[][] with = new double[2][launches];
        double[][] without = new double[2][launches];
        for (int i = 0; i < launches; i++) {
            double[] a = launch(folder, true);
            double[] b = a == null ? null : launch(folder, false);
            if (b == null) {
                hung(2 * i + (a == null ? 2 : 3));
                return;
            }
            for (int k = 0; k < 2; k++) {
                with[k][i] = a[k];
                without[k][i] = b[k];
            }
        }
        out.printf("Start-up, launches of a new JVM (%s), first content and native libraries loaded, in seconds "
                + "(median, fastest-slowest):%n", display ? "window on the display" : "headless");
        if (written) {
            out.printf("  with the class archive: first content %s, loaded %s (%d launches); the first launch, "
                    + "which writes the archive as it ends: %.2f%n", summary(with[0]), summary(with[1]), launches,
                    writing[0]);
        } else {
            out.printf("  the first launch wrote no class archive (a folder on the class path, or a JVM without "
                    + "class-data sharing), so these are without one too: first content %s, loaded %s%n",
                    summary(with[0]), summary(with[1]));
        }
        out.printf("  without it (-D%s=false): first content %s, loaded %s (%d launches)%n", CLASS_DATA_SWITCH,
                summary(without[0]), summary(without[1]), launches);
        out.flush();
    }

    private void hung(int launch) {
        out.printf("Start-up: launch %d did not start within %d s (hung or failed)%n", launch, TIMEOUT_SECONDS);
        out.flush();
    }

    private static boolean archiveIn(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.anyMatch(f -> f.getFileName().toString().endsWith(".jsa"));
        } catch (IOException e) {
            return false;
        }
    }

    private static void delete(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path f : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(f);
            }
        } catch (IOException e) {
            // a temporary folder: the system clears it
        }
    }

    private static String summary(double[] seconds) {
        double[] sorted = seconds.clone();
        Arrays.sort(sorted);
        return String.format("%.2f (%.2f-%.2f)", sorted[sorted.length / 2], sorted[0], sorted[sorted.length - 1]);
    }

    /** One launch: seconds to first content and to native libraries loaded, or null if it never got there. */
    private static double[] launch(Path folder, boolean classData) throws InterruptedException {
        String java = Paths.get(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-D" + CLASS_DATA_FOLDER + "=" + folder,
                "-D" + CLASS_DATA_SWITCH + "=" + classData, "-cp", System.getProperty("java.class.path"),
                "org.sgdvalley.Main", "gui", "--startup-probe"));
        long start = System.nanoTime();
        Process p;
        try {
            p = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        } catch (IOException e) {
            return null;
        }
        double[] times = new double[2];
        int seen = 0;
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            Thread watchdog = new Thread(() -> {
                try {
                    if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                        stop(p);
                    }
                } catch (InterruptedException e) {
                    stop(p);
                }
            }, "startup-watchdog");
            watchdog.setDaemon(true);
            watchdog.start();
            for (String line = lines.readLine(); line != null && seen < 2; line = lines.readLine()) {
                if (line.startsWith("startup: ")) {
                    times[seen++] = (System.nanoTime() - start) / 1e9;
                }
            }
        } catch (IOException e) {
            stop(p);
            return null;
        }
        boolean exited = p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        return exited && p.exitValue() == 0 && seen == 2 ? times : null;
    }

    /** Kills a launch and the JVM it started for the app. */
    private static void stop(Process p) {
        p.descendants().forEach(ProcessHandle::destroyForcibly);
        p.destroyForcibly();
    }
}
