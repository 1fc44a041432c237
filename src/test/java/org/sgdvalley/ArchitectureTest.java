package org.sgdvalley;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(packages = "org.sgdvalley", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule engineHasNoUiOrCli = noClasses().that().resideInAPackage("org.sgdvalley.engine..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..", "picocli..",
                    "org.sgdvalley.ui..", "org.sgdvalley.cli..", "org.sgdvalley.preset..", "org.sgdvalley.export..");

    /**
     * JavaCPP's symbol lookup (Loader.addressof, which blas_set_num_threads calls every time) walks the
     * loaded libraries with dl_iterate_phdr and deadlocks against a library loading on another thread:
     * only ND4J's load does it, and Linalg when more than one OpenBLAS thread is asked for.
     */
    @ArchTest
    static final ArchRule symbolLookupOnlyInLinalg = noClasses()
            .that().doNotHaveFullyQualifiedName("org.sgdvalley.engine.metric.Linalg")
            .should().callMethodWhere(com.tngtech.archunit.base.DescribedPredicate.describe(
                    "a JavaCPP symbol lookup", call -> call.getName().equals("addressof")
                            || call.getName().equals("blas_set_num_threads")));

    @ArchTest
    static final ArchRule presetsHaveNoUi = noClasses().that().resideInAPackage("org.sgdvalley.preset..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.sgdvalley.ui..", "picocli..")
            .allowEmptyShould(true);
}
