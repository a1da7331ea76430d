package gx.zhicheng.rules;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The rules' package uses no Spring, Camel, JDBC or Jackson type (package-info): the rules stay plain Java that can
 * be read, tested and replayed without the adapter around them. Storage, queues and routes belong to review.
 */
class RulesAreFrameworkFreeTest {

    // package-info carries the module annotation the module check reads: it is not a rule
    private static final ArchRule FRAMEWORK_FREE = noClasses().that().resideInAPackage("gx.zhicheng.rules..").and().doNotHaveSimpleName("package-info")
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "org.apache.camel..",
                    "java.sql..", "javax.sql..", "com.fasterxml.jackson..", "tools.jackson..")
            .because("the rules are plain Java (gx.zhicheng.rules package-info)");

    @Test
    void theRulesImportNoFrameworkType() {
        JavaClasses rules = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("gx.zhicheng.rules");
        // an empty import would pass any rule: the engine and every rule must be in it
        assertThat(rules.contain(RuleEngine.class)).isTrue();
        assertThat(rules.size()).isGreaterThan(RuleCode.values().length);
        FRAMEWORK_FREE.check(rules);
    }

    @Test
    void theCheckFailsOnAPlantedJdbcCall() {
        JavaClasses planted = new ClassFileImporter().importClasses(PlantedRule.class);
        assertThat(FRAMEWORK_FREE.evaluate(planted).hasViolation()).isTrue();
        assertThat(FRAMEWORK_FREE.evaluate(planted).getFailureReport().toString())
                .contains(PlantedRule.class.getName(), JdbcTemplate.class.getName());
    }

    /** A rule that reads the database itself: what the check exists to refuse. */
    static final class PlantedRule {
        Integer count(JdbcTemplate jdbc) {
            return jdbc.queryForObject("SELECT COUNT(*) FROM declaration", Integer.class);
        }
    }
}
