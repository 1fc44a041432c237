package org.sgdvalley.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The start-up part of {@code bench}: launches the desktop app as a user does ({@code java -cp ...
 * gui}, a new JVM each time, with the hidden {@code --startup-probe}) and times, from the launch, the
 * first frame with the preset's content and the end of native loading (ND4J's included).
 */
final class StartupBench {
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
        double[] content = new double[launches];
        double[] loaded = new double[launches];
        for (int i = 0; i < launches; i++) {
            double[] times = launch();
            if (times == null) {
                out.printf("Start-up: launch %d did not start within %d s (hung or failed)%n", i + 1, TIMEOUT_SECONDS);
                out.flush();
                return;
            }
            content[i] = times[0];
            loaded[i] = times[1];
        }
        out.printf("Start-up, %d launches of a new JVM (%s): first content %s s; native libraries loaded %s s "
                + "(median, fastest-slowest)%n", launches, display ? "window on the display" : "headless",
                summary(content), summary(loaded));
        out.flush();
    }

    private static String summary(double[] seconds) {
        double[] sorted = seconds.clone();
        Arrays.sort(sorted);
        return String.format("%.2f (%.2f-%.2f)", sorted[sorted.length / 2], sorted[0], sorted[sorted.length - 1]);
    }

    /** One launch: seconds to first content and to native libraries loaded, or null if it never got there. */
    private static double[] launch() throws InterruptedException {
        String java = Paths.get(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-cp", System.getProperty("java.class.path"),
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
                        p.destroyForcibly();
                    }
                } catch (InterruptedException e) {
                    p.destroyForcibly();
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
            p.destroyForcibly();
            return null;
        }
        boolean exited = p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        return exited && p.exitValue() == 0 && seen == 2 ? times : null;
    }
}
