package org.sgdvalley;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Stream;
import java.util.zip.CRC32C;
import org.sgdvalley.ui.SgdValleyApp;

/**
 * Starts the desktop app in a second JVM that maps an archive of the app's classes (HotSpot's
 * application class-data sharing), so that the window shows its content sooner: the JVM then reads
 * some 6,000 classes of JavaFX, ND4J and the app already parsed and verified instead of loading each
 * from its jar, which on a quiet 2-core machine brings first content from about 2.3 s to 1.7 s. A jar
 * cannot carry JVM options, hence the second JVM; this one only waits for it and passes its exit code on.
 *
 * <p>The first start writes the archive as its JVM ends (a few seconds after the window closed), and
 * every later start with the same Java and the same jars maps it. Nothing else changes: a JVM that
 * cannot map the archive loads the classes from the jars as before, silently.
 */
final class ClassDataLaunch {
    /** Set in the second JVM to the first one's process id, so that it runs the app itself. */
    static final String RELAUNCHED = "sgdvalley.relaunched";
    /** {@code -Dsgdvalley.classData=false} starts the app in the first JVM, without the archive. */
    static final String SWITCH = "sgdvalley.classData";
    /** The folder of the archives, when not the one beside the failure logs (for measurements and tests). */
    static final String FOLDER = "sgdvalley.classDataFolder";
    /** JVM options after which the app stays in the JVM it was given: a debugger or agent, or CDS set by hand. */
    private static final List<String> KEEP_THE_JVM = List.of("-agentlib:jdwp", "-Xrunjdwp", "-Xdebug", "-javaagent:",
            "-agentpath:", "-Xshare", "-XX:SharedArchiveFile", "-XX:ArchiveClassesAtExit");

    /** The second JVM: its command, the archive it maps or writes, and the file it writes first. */
    record Plan(List<String> command, Path archive, Path writing) {
        /** Whether this start writes the archive (at its end) rather than mapping it. */
        boolean writes() {
            return writing != null;
        }
    }

    /** What the first JVM knows about itself, from its system properties and options. */
    record Jvm(String executable, List<String> options, String classPath, String vmInfo, String vmVersion,
               String javaHome, Path folder, boolean relaunched, boolean switchedOff, long pid, long launchedAt) {
        static Jvm current() {
            ProcessHandle self = ProcessHandle.current();
            return new Jvm(javaLauncher(self.info().command().orElse(null)),
                    ManagementFactory.getRuntimeMXBean().getInputArguments(),
                    System.getProperty("java.class.path", ""), System.getProperty("java.vm.info", ""),
                    System.getProperty("java.vm.version", ""), System.getProperty("java.home", ""),
                    ClassDataLaunch.folder(), System.getProperty(RELAUNCHED) != null,
                    "false".equalsIgnoreCase(System.getProperty(SWITCH)), self.pid(),
                    self.info().startInstant().map(i -> i.toEpochMilli()).orElse(System.currentTimeMillis()));
        }
    }

    private ClassDataLaunch() {
    }

    /**
     * The launcher of this Java that started this JVM ({@code java}, or {@code javaw} on Windows), or
     * null when another program did: the native launcher of an app image, whose trimmed runtime has no
     * {@code java} to start a second JVM with.
     */
    private static String javaLauncher(String command) {
        String name = command == null ? "" : Path.of(command).getFileName().toString();
        if (!name.equals("java") && !name.matches("javaw?\\.exe")) {
            return null;
        }
        Path launcher = Path.of(System.getProperty("java.home"), "bin", name);
        return Files.isExecutable(launcher) ? launcher.toString() : null;
    }

    /**
     * Runs the desktop app in a second JVM with the class archive when {@code args} start it and this
     * JVM can, and returns that JVM's exit code; empty when this JVM should run {@code args} itself.
     */
    static OptionalInt run(String[] args) {
        if (!startsTheApp(args) || System.getProperty(RELAUNCHED) != null) {
            return OptionalInt.empty();
        }
        try {
            Optional<Plan> plan = plan(args, Jvm.current());
            return plan.isEmpty() ? OptionalInt.empty() : OptionalInt.of(run(plan.get()));
        } catch (IOException | UncheckedIOException e) {
            // no archive folder, or the second JVM did not start: this one runs the app, as without an archive
            return OptionalInt.empty();
        }
    }

    /**
     * In the second JVM, ends it when the first one ends first: killed, it can no longer stop the app
     * or pass its exit code on, and a window left behind would have no console.
     */
    static void endWithTheFirstJvm() {
        String first = System.getProperty(RELAUNCHED);
        if (first == null) {
            return;
        }
        Optional<ProcessHandle> launcher;
        try {
            launcher = ProcessHandle.of(Long.parseLong(first));
        } catch (NumberFormatException e) {
            return;
        }
        if (launcher.isPresent()) {
            launcher.get().onExit().thenRun(() -> Runtime.getRuntime().halt(1));
        } else {
            Runtime.getRuntime().halt(1);
        }
    }

    /** Whether {@code args} start the desktop app (no arguments start it too). */
    static boolean startsTheApp(String[] args) {
        return args.length == 0 || "gui".equals(args[0]);
    }

    /**
     * The second JVM for {@code args}, or empty when the app should start in this one: when not
     * started by {@code java}, switched off, already relaunched, debugged or given an agent or CDS
     * options by hand, when this JVM maps no base archive ({@code java.vm.info} says "sharing" when it
     * does, and a dynamic archive builds on it), or when the class path holds anything but jars
     * (HotSpot refuses to start then).
     */
    static Optional<Plan> plan(String[] args, Jvm jvm) {
        if (jvm.executable() == null || jvm.relaunched() || jvm.switchedOff() || !jvm.vmInfo().contains("sharing")
                || jvm.options().stream().anyMatch(o -> KEEP_THE_JVM.stream().anyMatch(o::startsWith))) {
            return Optional.empty();
        }
        List<Path> jars = jars(jvm.classPath());
        if (jars.isEmpty()) {
            return Optional.empty();
        }
        Path folder = jvm.folder();
        Path archive = folder.resolve("sgd-valley-" + key(jvm, jars) + ".jsa");
        boolean writes = !Files.isRegularFile(archive);
        Path writing = writes ? folder.resolve(archive.getFileName() + "." + jvm.pid() + ".tmp") : null;
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

    /** The class path's entries as absolute paths, or none when one of them is not a jar file. */
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

    /** Where the archives are kept: beside the failure logs, unless set. */
    private static Path folder() {
        String set = System.getProperty(FOLDER);
        return set != null ? Path.of(set) : Path.of(System.getProperty("user.home"), ".sgd-valley", "class-data");
    }

    /**
     * A name for the Java and the jars an archive was written by: another Java, or a jar rebuilt, gets
     * an archive of its own (HotSpot would refuse the old one anyway).
     */
    static String key(Jvm jvm, List<Path> jars) {
        StringBuilder what = new StringBuilder(jvm.javaHome()).append('\n').append(jvm.vmVersion());
        try {
            for (Path jar : jars) {
                what.append('\n').append(jar).append(' ').append(Files.size(jar)).append(' ')
                        .append(Files.getLastModifiedTime(jar).toMillis());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // a checksum, not a cryptographic hash, whose provider takes a start-up's time to set up: a
        // collision costs only the archive's use, as HotSpot checks the jars itself
        CRC32C crc = new CRC32C();
        crc.update(what.toString().getBytes(StandardCharsets.UTF_8));
        return String.format("%08x", crc.getValue());
    }

    /**
     * Runs the second JVM on this process's console and waits for it; a JVM stopped by a signal stops
     * it too. After a start that wrote the archive, the archive takes its place whole, and the older
     * archives (of other jars or Javas) go.
     */
    private static int run(Plan plan) throws IOException {
        Files.createDirectories(plan.archive().getParent());
        Process app = new ProcessBuilder(plan.command()).inheritIO().start();
        Thread stop = new Thread(app::destroy, "stop-app");
        Runtime.getRuntime().addShutdownHook(stop);
        int code = waitFor(app);
        Runtime.getRuntime().removeShutdownHook(stop);
        if (plan.writes()) {
            keep(plan);
        }
        return code;
    }

    private static int waitFor(Process app) {
        while (true) {
            try {
                return app.waitFor();
            } catch (InterruptedException e) {
                // nothing interrupts this thread but a shutdown, whose hook stops the app
            }
        }
    }

    /** Moves a written archive into place, and removes what other starts left behind. */
    static void keep(Plan plan) {
        try {
            if (Files.isRegularFile(plan.writing()) && Files.size(plan.writing()) > 0) {
                Files.move(plan.writing(), plan.archive(), StandardCopyOption.ATOMIC_MOVE,
                        StandardCopyOption.REPLACE_EXISTING);
            }
            Files.deleteIfExists(plan.writing());
            try (Stream<Path> files = Files.list(plan.archive().getParent())) {
                for (Path old : files.filter(f -> !f.equals(plan.archive()) && !beingWritten(f)).toList()) {
                    Files.deleteIfExists(old);
                }
            }
        } catch (IOException e) {
            // the next start writes the archive again
        }
    }

    /** Whether {@code file} is an archive that a running start is still writing. */
    private static boolean beingWritten(Path file) {
        String[] parts = file.getFileName().toString().split("\\.");
        if (parts.length < 3 || !parts[parts.length - 1].equals("tmp")) {
            return false;
        }
        try {
            return ProcessHandle.of(Long.parseLong(parts[parts.length - 2])).map(ProcessHandle::isAlive).orElse(false);
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
