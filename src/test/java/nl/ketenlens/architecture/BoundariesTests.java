package nl.ketenlens.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.web.bind.annotation.RestController;
import picocli.CommandLine.Command;

/**
 * The package boundaries of docs/architecture.md, checked on the compiled main classes. Each rule names the
 * structural fault it keeps out (issue 13): a model spread over features, a CLI cycle through the application
 * class, benchmarks inside features, and algorithms that reach for a framework.
 */
class BoundariesTests {

    private static final String BASE = "nl.ketenlens";

    /** Packages a controller may use besides its own: shared web plumbing, the viewer, renderers and results. */
    private static final Set<String> CONTROLLER_MAY_USE = Set.of(
            BASE + ".api", BASE + ".access", BASE + ".output", BASE + ".analysis", BASE + ".graph");

    private static JavaClasses main;

    @BeforeAll
    static void importMainClasses() {
        main = new ClassFileImporter()
                .withImportOption(location -> !location.contains("/test-classes/")) // any build directory
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
                .importPackages(BASE);
    }

    @Test
    void topLevelPackagesFormNoCycle() {
        slices().matching(BASE + ".(*)..").should().beFreeOfCycles().check(main);
    }

    @Test
    void analysisUsesNeitherSpringNorNeo4jNorOtherFeatures() {
        classes().that().resideInAPackage(BASE + ".analysis..")
                .should().onlyDependOnClassesThat()
                .resideInAnyPackage("java..", "org.jgrapht..", "org.jheaps..", BASE + ".analysis..")
                .check(main);
    }

    @Test
    void nothingImportsTheApplicationClass() {
        noClasses().that().doNotHaveFullyQualifiedName(BASE + ".KetenlensApplication")
                .should().dependOnClassesThat().haveFullyQualifiedName(BASE + ".KetenlensApplication")
                .check(main);
    }

    @Test
    void everyCommandLivesInCli() {
        classes().that().areAnnotatedWith(Command.class).should().resideInAPackage(BASE + ".cli").check(main);
    }

    @Test
    void commandsWriteNoCypher() {
        noClasses().that().resideInAPackage(BASE + ".cli")
                .should().dependOnClassesThat().resideInAnyPackage("org.neo4j.driver..", "org.springframework.data.neo4j..")
                .check(main);
    }

    @Test
    void benchmarksLiveInBenchAndOnlyTheCliCallsThem() {
        // EudrBenchmark is the regulation's country benchmarking (reference data), not a performance benchmark
        classes().that().haveSimpleNameEndingWith("Benchmark").and().resideOutsideOfPackage(BASE + ".seed.reference")
                .should().resideInAPackage(BASE + ".bench").check(main);
        noClasses().that().resideOutsideOfPackages(BASE + ".bench", BASE + ".cli")
                .should().dependOnClassesThat().resideInAPackage(BASE + ".bench")
                .check(main);
    }

    @Test
    void onlyDemoSeedBenchmarksAndGenerateUseTheSyntheticGenerator() {
        noClasses().that().resideOutsideOfPackages(BASE + ".synthetic", BASE + ".seed..", BASE + ".bench", BASE + ".cli")
                .should().dependOnClassesThat().resideInAPackage(BASE + ".synthetic")
                .check(main);
    }

    @Test
    void outputImportsNoFeature() {
        classes().that().resideInAPackage(BASE + ".output")
                .should().onlyDependOnClassesThat(packageOutside(BASE).or(inPackages(BASE + ".output")))
                .check(main);
    }

    @Test
    void controllersUseOnlyTheirOwnFeatureAndSharedWebPlumbing() {
        classes().that().areAnnotatedWith(RestController.class)
                .should(useOnlyOwnPackageOr(CONTROLLER_MAY_USE))
                .andShould().onlyDependOnClassesThat(packageOutside("org.neo4j").and(packageOutside("org.springframework.data.neo4j")))
                .check(main);
    }

    private static DescribedPredicate<JavaClass> packageOutside(String prefix) {
        return DescribedPredicate.describe("outside " + prefix,
                c -> !c.getPackageName().equals(prefix) && !c.getPackageName().startsWith(prefix + "."));
    }

    private static DescribedPredicate<JavaClass> inPackages(String... packages) {
        Set<String> names = Set.of(packages);
        return DescribedPredicate.describe("in " + names, c -> names.contains(c.getPackageName()));
    }

    private static ArchCondition<JavaClass> useOnlyOwnPackageOr(Set<String> shared) {
        return new ArchCondition<>("use only classes of their own package or of " + shared) {
            @Override
            public void check(JavaClass controller, ConditionEvents events) {
                controller.getDirectDependenciesFromSelf().forEach(d -> {
                    JavaClass target = d.getTargetClass().getBaseComponentType();
                    String pkg = target.getPackageName();
                    boolean ours = pkg.equals(BASE) || pkg.startsWith(BASE + ".");
                    if (ours && !pkg.equals(controller.getPackageName()) && !shared.contains(pkg)) {
                        events.add(SimpleConditionEvent.violated(d, d.getDescription()));
                    }
                });
            }
        };
    }
}
