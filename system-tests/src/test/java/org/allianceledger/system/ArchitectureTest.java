package org.allianceledger.system;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import org.junit.jupiter.api.Test;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The boundaries the code keeps, over the main classes of every module: the events are a contract that depends
 * on nothing of ours and nothing of Spring's; the command side's domain knows no HTTP; query controllers only
 * translate HTTP, their packages' Queries classes own the SQL; modules and packages have no cycles.
 */
class ArchitectureTest {

    /** Our modules reach this one as jars (the services' "lib" ones); their tests' jars and classes stay out. */
    static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(location -> !location.contains("/test-classes/") && !location.contains("-tests.jar"))
            .importPackages("org.allianceledger");

    /** The command side's capabilities; the rest of it (idempotency, outage, the root) is plumbing around them. */
    static final List<String> DOMAIN_PACKAGES = List.of("activities", "alliance", "deals", "departments", "indicators",
            "meetings", "membership", "motions", "problems", "rotation", "suspension", "visits", "voting", "zones");

    /** Controllers and the request bodies they bind are the web; everything else in a capability is domain. */
    static final DescribedPredicate<JavaClass> COMMAND_DOMAIN = DescribedPredicate.describe(
            "command-side domain classes (not controllers or request bodies)",
            type -> type.getPackageName().matches("org\\.allianceledger\\.command\\.(" + String.join("|", DOMAIN_PACKAGES) + ")")
                    && !type.isAnnotatedWith(RestController.class)
                    && !type.getSimpleName().matches(".*(Request|Requests)")
                    && !type.getEnclosingClass().map(outer -> outer.getSimpleName().endsWith("Requests")).orElse(false));

    @Test
    void theEventsDependOnNothingOfOursNorOfSpringJpaOrAxonsConfiguration() {
        classes().that().resideInAPackage("org.allianceledger.events..")
                .should().onlyDependOnClassesThat().resideInAnyPackage(
                        "org.allianceledger.events..", "java..", "org.axonframework.serialization")
                .check(MAIN);
    }

    /** Each capability named above has domain classes, and no capability package is left out of the list. */
    @Test
    void everyCommandCapabilityIsCheckedAsDomain() {
        Set<String> capabilities = MAIN.stream().map(JavaClass::getPackageName)
                .filter(name -> name.startsWith("org.allianceledger.command."))
                .map(name -> name.substring("org.allianceledger.command.".length()).split("\\.")[0])
                .collect(Collectors.toCollection(TreeSet::new));
        capabilities.removeAll(List.of("idempotency", "outage"));
        assertThat(capabilities).containsExactlyInAnyOrderElementsOf(DOMAIN_PACKAGES);
        assertThat(MAIN.stream().filter(COMMAND_DOMAIN).count()).isGreaterThan(DOMAIN_PACKAGES.size());
    }

    @Test
    void commandSideDomainClassesKnowNoHttp() {
        noClasses().that(COMMAND_DOMAIN)
                .should().dependOnClassesThat().resideInAnyPackage(
                        "org.springframework.web..", "org.springframework.http..", "jakarta.servlet..",
                        "org.allianceledger.platform.web..", "org.allianceledger.platform.openapi..")
                .check(MAIN);
    }

    @Test
    void queryControllersLeaveTheSqlToTheirPackagesQueries() {
        noClasses().that().resideInAPackage("org.allianceledger.query..").and().areAnnotatedWith(RestController.class)
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework.jdbc..", "javax.sql..")
                .check(MAIN);
    }

    @Test
    void theModulesDependInOneDirection() {
        noClasses().that().resideInAnyPackage("org.allianceledger.platform..", "org.allianceledger.events..")
                .should().dependOnClassesThat().resideInAnyPackage("org.allianceledger.command..",
                                                                  "org.allianceledger.query..",
                                                                  "org.allianceledger.launcher..")
                .check(MAIN);
        noClasses().that().resideInAPackage("org.allianceledger.command..")
                .should().dependOnClassesThat().resideInAPackage("org.allianceledger.query..")
                .check(MAIN);
        noClasses().that().resideInAPackage("org.allianceledger.query..")
                .should().dependOnClassesThat().resideInAPackage("org.allianceledger.command..")
                .check(MAIN);
    }

    @Test
    void thePackagesOfEachModuleHaveNoCycles() {
        slices().matching("org.allianceledger.(*).(*)..").should().beFreeOfCycles().check(MAIN);
    }
}
