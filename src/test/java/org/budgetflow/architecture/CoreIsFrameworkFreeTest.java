package org.budgetflow.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.base.DescribedPredicate;

/**
 * The domain core (budget model and interchange, classification codes, validation rules, disclosure model and
 * renderers, command line) must not depend on Spring, Camunda or JPA: it runs offline from the command line and is
 * tested without a container. Module metadata in package-info files (Spring Modulith's named interfaces) is not
 * code and is exempt.
 */
@AnalyzeClasses(packages = "org.budgetflow", importOptions = ImportOption.DoNotIncludeTests.class)
class CoreIsFrameworkFreeTest {
    private static final String[] CORE = {
            "org.budgetflow.budget..", "org.budgetflow.classification..", "org.budgetflow.validation..",
            "org.budgetflow.disclosure..", "org.budgetflow.cli..", "org.budgetflow.district..",
            "org.budgetflow.workbook..", "org.budgetflow.book.."};

    private static final DescribedPredicate<JavaClass> CODE = DescribedPredicate.describe("code (not package-info)",
            c -> !c.getSimpleName().equals("package-info"));

    @ArchTest
    static final ArchRule core_does_not_use_spring = noClasses().that().resideInAnyPackage(CORE).and(CODE)
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework..");

    @ArchTest
    static final ArchRule core_does_not_use_camunda = noClasses().that().resideInAnyPackage(CORE).and(CODE)
            .should().dependOnClassesThat().resideInAnyPackage("org.camunda..");

    @ArchTest
    static final ArchRule core_does_not_use_jpa = noClasses().that().resideInAnyPackage(CORE).and(CODE)
            .should().dependOnClassesThat().resideInAnyPackage("jakarta.persistence..", "javax.persistence..",
                    "org.hibernate..");

    @ArchTest
    static final ArchRule the_budget_model_depends_on_nothing_else_of_ours = noClasses()
            .that().resideInAPackage("org.budgetflow.budget..")
            .should().dependOnClassesThat().resideInAnyPackage("org.budgetflow.classification..",
                    "org.budgetflow.validation..", "org.budgetflow.disclosure..", "org.budgetflow.cli..");
}
