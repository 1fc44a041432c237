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

    @ArchTest
    static final ArchRule presetsHaveNoUi = noClasses().that().resideInAPackage("org.sgdvalley.preset..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.sgdvalley.ui..", "picocli..")
            .allowEmptyShould(true);
}
