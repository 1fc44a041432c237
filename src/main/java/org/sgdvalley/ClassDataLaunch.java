package org.sgdvalley;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.TimeUnit;
import org.sgdvalley.ui.SgdValleyApp;

/**
 * Starts the desktop app in a second JVM that maps an archive of the app's classes (HotSpot's
 * application class-data sharing), so that the window shows its content sooner: the JVM then reads
 * some 6,000 classes of JavaFX, ND4J and the app already parsed and verified instead of loading each
 * from its jar, which on a quiet 2-core machine brings first content from about 2.2 s to 1.8 s. A jar
 * cannot carry JVM options, hence the second JVM; this one only waits for it and passes its exit code on.
 *
 * <p>The first start that opens the window writes the archive as its JVM ends (a few seconds after the
 * window closed), and every later start with the same Java and the same jars maps it. A JVM that
 * cannot map the archive loads the classes from the jars as before, silently; a second JVM that cannot
 * start at all leaves the app to this one.
 */
final class ClassDataLaunch {
    /** Set in the second JVM to the first one's process id, so that it runs the app itself. */
    static final String RELAUNCHED = "sgdvalley.relaunched";
    /** {@code -Dsgdvalley.classData=false} starts the app in the first JVM, without the archive. */
    static final String ENABLED = "sgdvalley.classData";
    /** The folder of the archives, when not the one beside the failure logs (for measurements and tests). */
    static final String FOLDER = "sgdvalley.classDataFolder";
    /** A file the second JVM deletes once it runs: still there, the JVM did not start. */
    static final String STARTED = "sgdvalley.startedMarker";
    /** JVM options after which the app stays in the JVM it was given. */
    private static final List<String> KEEP_THE_JVM = List.of(
            // a debugger or agent is attached to this JVM
            "-agentlib:", "-agentpath:", "-javaagent:", "-Xrunjdwp", "-Xdebug",
            // class-data sharing set by hand
            "-Xshare", "-XX:SharedArchiveFile", "-XX:ArchiveClassesAtExit", "-XX:DumpLoadedClassList",
            // options HotSpot refuses beside an archive
            "--limit-modules", "--upgrade-module-path", "--patch-module",
            // diagnostics that would run twice (files overwritten, output doubled), a port bound twice
            "-XX:StartFlightRecording", "-XX:FlightRecorderOptions", "-Xlog", "-verbose", "-XX:+Print",
            "-Dcom.sun.management.jmxremote");
    /** Variables the java launcher takes options from: the first JVM's options hold them already. */
    private static final List<String> OPTION_VARIABLES = List.of("JDK_JAVA_OPTIONS", "JAVA_TOOL_OPTIONS",
            "_JAVA_OPTIONS");
    /** Options of the {@code gui} command after which it opens no window for a user. */
    private static final List<String> NO_WINDOW = List.of("--help", "-h", "--version", "-V", "--screenshot",
            "--record");
    /** Seconds the app has to end after this JVM was asked to. */
    private static final long STOP_SECONDS = 10;
    private static final boolean WINDOWS = System.getProperty("os.name", "").startsWith("Windows");

    /**
     * The second JVM: its command, the archive it maps or writes, and the file it writes first (null
     * when it maps the archive).
     */
    record Plan(List<String> command, Path archive, Path writing) {
        /** Whether this start writes the archive (at its end) rather than mapping it. */
        boolean writes() {
            return writing != null;
        }
    }

    /** What the first JVM knows about itself, from its system properties and options. */
    record Jvm(String executable, List<String> options, String classPath, String vmInfo, String vmVersion,
               String javaHome, boolean relaunched, boolean switchedOff, long pid, long launchedAt) {
        static Jvm current() {
            ProcessHandle self = ProcessHandle.current();
            return new Jvm(javaLauncher(self.info().command().orElse(null)),
                    ManagementFactory.getRuntimeMXBean().getInputArguments(),
                    System.getProperty("java.class.path", ""), System.getProperty("java.vm.info", ""),
                    System.getProperty("java.vm.version", ""), System.getProperty("java.home", ""),
                    System.getProperty(RELAUNCHED) != null, "false".equalsIgnoreCase(System.getProperty(ENABLED)),
                    self.pid(), self.info().startInstant().map(i -> i.toEpochMilli()).orElse(System.currentTimeMillis()));
        }
    }

    private ClassDataLaunch() {
    }

    /**
     * Runs the desktop app in a second JVM with the class archive when {@code args} start it and this
     * JVM can, and returns that JVM's exit code; empty when this JVM should run {@code args} itself.
     */
    static OptionalInt run(String[] args) {
        if (!startsTheApp(args) || System.getProperty(RELAUNCHED) != null) {
            return OptionalInt.empty();
        }
        ClassArchives archives = ClassArchives.inUse();
        try {
            Optional<Plan> plan = plan(args, Jvm.current(), archives);
            return plan.isEmpty() ? OptionalInt.empty() : startAndWait(plan.get(), archives);
        } catch (IOException | UncheckedIOException e) {
            // no archive folder to write in: this JVM runs the app, as without an archive
            return OptionalInt.empty();
        }
    }

    /**
     * In the second JVM: says that it started, and ends it when the first one ends first (killed, it
     * can no longer pass an exit code on, and a window left behind would have no console).
     */
    static void inTheSecondJvm() {
        String marker = System.getProperty(STARTED);
        if (marker != null) {
            try {
                Files.deleteIfExists(Path.of(marker));
            } catch (IOException e) {
                // the first JVM then takes the app for not started only if this one also fails
            }
        }
        String first = System.getProperty(RELAUNCHED);
        if (first != null) {
            try {
                ProcessHandle.of(Long.parseLong(first)).ifPresentOrElse(
                        launcher -> launcher.onExit().thenRun(() -> System.exit(1)), () -> System.exit(1));
            } catch (NumberFormatException e) {
                // set by hand: nothing to watch
            }
        }
    }

    /** Whether {@code args} start the desktop app (no arguments start it too). */
    static boolean startsTheApp(String[] args) {
        return args.length == 0 || "gui".equals(args[0]);
    }

    /**
     * Whether {@code args} open the window for a user: only such a start writes the archive, so that
     * it holds the classes a window needs, not those of a help text or of a picture taken headless.
     */
    static boolean opensAWindow(String[] args) {
        for (int i = 1; i < args.length; i++) {
            String a = args[i];
            if (NO_WINDOW.stream().anyMatch(o -> a.equals(o) || a.startsWith(o + "="))
                    || a.matches("-[a-zA-Z]*[hV][a-zA-Z]*")) {
                return false;
            }
        }
        return startsTheApp(args);
    }

    /**
     * The second JVM for {@code args}, or empty when the app should start in this one: see
     * {@link #staysHere}, and when there is no archive yet and this start would not write one.
     */
    static Optional<Plan> plan(String[] args, Jvm jvm, ClassArchives archives) {
        List<Path> jars = jars(jvm.classPath());
        if (staysHere(jvm) || jars.isEmpty()) {
            return Optional.empty();
        }
        Path archive = archives.archive(ClassArchives.key(jvm.javaHome(), jvm.vmVersion(), jars));
        boolean writes = !Files.isRegularFile(archive);
        if (writes && !opensAWindow(args)) {
            return Optional.empty();
        }
        Path writing = writes ? ClassArchives.writing(archive, jvm.pid()) : null;
        List<String> command = new ArrayList<>();
        command.add(jvm.executable());
        command.addAll(jvm.options());
        command.add("-D" + RELAUNCHED + "=" + jvm.pid());
        command.add("-D" + SgdValleyApp.LAUNCHED_AT + "=" + jvm.launchedAt());
        command.add(writes ? "-XX:ArchiveClassesAtExit=" + writing : "-XX:SharedArchiveFile=" + archive);
        // a stale or unmappable archive is not an error: the classes then load from the jars, without a word
        command.add("-Xlog:cds=off,cds+dynamic=off");
        command.add("-cp");
        command.add(String.join(File.pathSeparator, jars.stream().map(Path::toString).toList()));
        command.add(Main.class.getName());
        command.addAll(List.of(args));
        return Optional.of(new Plan(command, archive, writing));
    }

    /**
     * Whether the app starts in this JVM whatever the archive: when not started by {@code java},
     * switched off, already relaunched, given options it must keep ({@link #KEEP_THE_JVM}), or when this
     * JVM maps no base archive ({@code java.vm.info} says "sharing" when it does, and a dynamic archive
     * builds on it).
     */
    private static boolean staysHere(Jvm jvm) {
        return jvm.executable() == null || jvm.relaunched() || jvm.switchedOff() || !jvm.vmInfo().contains("sharing")
                || jvm.options().stream().anyMatch(o -> KEEP_THE_JVM.stream().anyMatch(o::startsWith));
    }

    /**
     * The class path's entries as absolute paths, or none when one of them is not a jar file (HotSpot
     * refuses to start with a folder on an archive's class path).
     */
    static List<Path> jars(String classPath) {
        List<Path> jars = new ArrayList<>();
        for (String entry : classPath.split(File.pathSeparator)) {
            Path path = Path.of(entry).toAbsolutePath().normalize();
            if (entry.isEmpty() || !entry.endsWith(".jar") || !Files.isRegularFile(path)) {
                return List.of();
            }
            jars.add(path);
        }
        return jars;
    }

    /**
     * The launcher of this Java that started this JVM ({@code java}, or {@code javaw} on Windows), or
     * null when another program did: the native launcher of an app image, whose trimmed runtime has no
     * {@code java} to start a second JVM with.
     */
    private static String javaLauncher(String command) {
        String name = command == null ? "" : Path.of(command).getFileName().toString();
        String lower = name.toLowerCase(Locale.ROOT);
        if (!lower.equals("java") && !lower.equals("java.exe") && !lower.equals("javaw.exe")) {
            return null;
        }
        Path launcher = Path.of(System.getProperty("java.home"), "bin", name);
        return Files.isExecutable(launcher) ? launcher.toString() : null;
    }

    /**
     * Runs the second JVM on this process's console and waits for it: its exit code, or empty when it
     * did not start (HotSpot refused an option), which leaves the app to this JVM. This JVM asked to
     * stop (SIGTERM) asks the app to stop and waits for it. After a start that wrote the archive, the
     * archive takes its place whole if that start ended normally.
     */
    static OptionalInt startAndWait(Plan plan, ClassArchives archives) throws IOException {
        Files.createDirectories(archives.folder());
        if (plan.writes()) {
            Files.deleteIfExists(plan.writing());
            Files.createFile(plan.writing()); // a folder it cannot write in fails here, not at the app's end
        } else {
            archives.used(plan.archive());
        }
        Path marker = Files.createTempFile("sgd-valley-", ".start");
        List<String> command = new ArrayList<>(plan.command());
        command.add(1, "-D" + STARTED + "=" + marker);
        ProcessBuilder builder = new ProcessBuilder(command).inheritIO();
        OPTION_VARIABLES.forEach(builder.environment()::remove);
        Process app;
        try {
            app = builder.start();
        } catch (IOException e) {
            Files.deleteIfExists(marker);
            throw e;
        }
        Thread stop = new Thread(() -> stop(app), "stop-app");
        Runtime.getRuntime().addShutdownHook(stop);
        int code = waitFor(app);
        try {
            Runtime.getRuntime().removeShutdownHook(stop);
        } catch (IllegalStateException e) {
            // this JVM is stopping: the hook waits for the app
        }
        boolean started = !Files.deleteIfExists(marker);
        if (plan.writes()) {
            archives.keep(plan.archive(), plan.writing(), started && code == 0);
        }
        // a JVM that cannot start exits with 1 before it runs anything
        return !started && code == 1 ? OptionalInt.empty() : OptionalInt.of(code);
    }

    /** Asks the app to end, waits for it, and ends it if it does not. */
    private static void stop(Process app) {
        // Windows has no SIGTERM: destroy() ends a process at once, so the app first gets the time its
        // console's Ctrl-C gives it
        if (!WINDOWS) {
            app.destroy();
        }
        try {
            if (!app.waitFor(STOP_SECONDS, TimeUnit.SECONDS)) {
                app.destroyForcibly();
            }
        } catch (InterruptedException e) {
            app.destroyForcibly();
        }
    }

    /** The app's exit code, whatever interrupts the wait: it is what this JVM must pass on. */
    private static int waitFor(Process app) {
        boolean interrupted = false;
        while (true) {
            try {
                int code = app.waitFor();
                if (interrupted) {
                    Thread.currentThread().interrupt();
                }
                return code;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
    }
}
