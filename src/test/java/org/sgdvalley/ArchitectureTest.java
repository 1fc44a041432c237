package org.sgdvalley;

import static com.tngtech.archunit.base.DescribedPredicate.describe;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import javafx.animation.AnimationTimer;
import org.sgdvalley.ui.NativeLibraries;
import org.sgdvalley.ui.base.BackgroundTaskExecutor;
import org.sgdvalley.ui.base.FrameClock;
import org.sgdvalley.ui.base.TaskExecutor;

/**
 * The package rules of the README's "How it is built": the engine at the bottom, free of UI code;
 * presets, sessions and files above it; the window, the benchmarks and the command line on top; no
 * package cycle anywhere; only the command line writes to the console; the window has one frame
 * clock and one executor for background work.
 */
@AnalyzeClasses(packages = "org.sgdvalley", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule engineHasNoUiOrCli = noClasses().that().resideInAPackage("org.sgdvalley.engine..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..", "picocli..",
                    "org.sgdvalley.ui..", "org.sgdvalley.cli..", "org.sgdvalley.preset..", "org.sgdvalley.export..");

    /**
     * Every package is its own slice, the ui root included: a part that needs its host sees a small
     * interface it declares itself, never the host's class.
     */
    @ArchTest
    static final ArchRule noPackageCycles = slices().matching("org.sgdvalley.(**)")
            .namingSlices("$1").should().beFreeOfCycles();

    /**
     * Each layer uses only the layers below it: engine, then presets and files, then sessions (which
     * are read and written with both), then the window, then the benchmarks, then the command line
     * and the launcher. Diagnostics (the failure log) uses nothing of ours and serves any layer.
     */
    @ArchTest
    static final ArchRule layers = layeredArchitecture().consideringOnlyDependenciesInLayers()
            .layer("Engine").definedBy("org.sgdvalley.engine..")
            .layer("Presets").definedBy("org.sgdvalley.preset..")
            .layer("Files").definedBy("org.sgdvalley.export..")
            .layer("Sessions").definedBy("org.sgdvalley.session..")
            .layer("Window").definedBy("org.sgdvalley.ui..")
            .layer("Benchmarks").definedBy("org.sgdvalley.bench..")
            .layer("CommandLine").definedBy("org.sgdvalley.cli..")
            .layer("Launcher").definedBy("org.sgdvalley")
            .layer("Diagnostics").definedBy("org.sgdvalley.diagnostics..")
            .whereLayer("Launcher").mayNotBeAccessedByAnyLayer()
            .whereLayer("CommandLine").mayOnlyBeAccessedByLayers("Launcher")
            .whereLayer("Benchmarks").mayOnlyBeAccessedByLayers("CommandLine")
            .whereLayer("Window").mayOnlyBeAccessedByLayers("Benchmarks", "CommandLine")
            .whereLayer("Sessions").mayOnlyBeAccessedByLayers("Window", "Benchmarks", "CommandLine")
            .whereLayer("Presets").mayOnlyBeAccessedByLayers("Sessions", "Window", "Benchmarks", "CommandLine")
            .whereLayer("Files").mayOnlyBeAccessedByLayers("Sessions", "Window", "Benchmarks", "CommandLine")
            .whereLayer("Diagnostics").mayNotAccessAnyLayer()
            .whereLayer("Engine").mayNotAccessAnyLayer()
            .ensureAllClassesAreContainedInArchitecture();

    /** Only the command line writes to the console; everything else is given a writer or returns text. */
    @ArchTest
    static final ArchRule consoleOnlyInCli = noClasses().that().resideOutsideOfPackage("org.sgdvalley.cli..")
            .should().accessField(System.class, "out").orShould().accessField(System.class, "err");

    /**
     * The window's background work runs on its one {@link TaskExecutor}: no part starts a thread of its
     * own, except the native loader, whose single thread is the start-up deadlock's fix (see
     * {@link NativeLibraries}), and the executor itself.
     */
    @ArchTest
    static final ArchRule windowStartsNoThreads = noClasses()
            .that(describe("are not the native loader or the task executor", c -> !outerName(c).equals(NativeLibraries.class.getName())
                    && !outerName(c).equals(BackgroundTaskExecutor.class.getName())))
            .and().resideInAPackage("org.sgdvalley.ui..")
            .should().callConstructorWhere(describe("a Thread constructor",
                    call -> call.getTargetOwner().isAssignableTo(Thread.class)));

    /** The window draws on its one {@link FrameClock}; only the native loader waits for the first pulse with a timer of its own. */
    @ArchTest
    static final ArchRule windowHasOneFrameClock = noClasses()
            .that(describe("are not the frame clock or the native loader", c -> !outerName(c).equals(FrameClock.class.getName())
                    && !outerName(c).equals(NativeLibraries.class.getName())))
            .and().resideInAPackage("org.sgdvalley.ui..")
            .should().beAssignableTo(AnimationTimer.class);

    private static String outerName(JavaClass c) {
        return c.getName().replaceAll("\\$.*", "");
    }

    /**
     * JavaCPP's symbol lookup (Loader.addressof, which blas_set_num_threads calls every time) walks the
     * loaded libraries with dl_iterate_phdr and deadlocks against a library loading on another thread:
     * only ND4J's load does it, and Linalg when more than one OpenBLAS thread is asked for.
     */
    @ArchTest
    static final ArchRule symbolLookupOnlyInLinalg = noClasses()
            .that().doNotHaveFullyQualifiedName("org.sgdvalley.engine.metric.Linalg")
            .should().callMethodWhere(describe("a JavaCPP symbol lookup", call -> call.getName().equals("addressof")
                    || call.getName().equals("blas_set_num_threads")));

    @ArchTest
    static final ArchRule presetsHaveNoUi = noClasses().that().resideInAPackage("org.sgdvalley.preset..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.sgdvalley.ui..", "picocli..")
            .allowEmptyShould(true);
}
