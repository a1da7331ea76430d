package gx.zhicheng.review;

import gx.zhicheng.review.OfficeDirectory;
import gx.zhicheng.review.ReviewSettings;
import gx.zhicheng.review.RuleEngine;
import java.nio.file.Path;
import java.time.MonthDay;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The rule engine with its thresholds and the office directory from config/: an office changes a
 * threshold or a phone number there, without a rebuild. The defaults are rules version 2022.1.
 */
@Configuration(proxyBeanMethods = false)
class ReviewConfig {

    @ConfigurationProperties("zhicheng.rules")
    record RulesProperties(@DefaultValue("90") int ceTotalHours,
                           @DefaultValue("60") int ceProfessionalHours,
                           @DefaultValue("3") int conflictMonths,
                           @DefaultValue("6") int gapMonths,
                           @DefaultValue("60") int checkWindowMonths,
                           @DefaultValue("3") int noTitleGapMonths,
                           @DefaultValue("55") int womenBaseAge,
                           @DefaultValue("true") boolean seniorWomenInPublicInstitutionRetireAt60,
                           @DefaultValue("--11-30") MonthDay confirmationDeadline,
                           @DefaultValue("2022.1") String rulesVersion,
                           @DefaultValue("config/offices.csv") Path officeDirectory) {}

    @Bean
    ReviewSettings reviewSettings(RulesProperties p) {
        return new ReviewSettings(p.ceTotalHours(), p.ceProfessionalHours(), p.conflictMonths(), p.gapMonths(),
                p.checkWindowMonths(), p.noTitleGapMonths(), p.womenBaseAge(),
                p.seniorWomenInPublicInstitutionRetireAt60(), p.confirmationDeadline(), p.rulesVersion());
    }

    @Bean
    OfficeDirectory officeDirectory(RulesProperties p) {
        return OfficeDirectory.load(p.officeDirectory());
    }

    @Bean
    RuleEngine ruleEngine(ReviewSettings settings, OfficeDirectory offices) {
        return new RuleEngine(settings, offices);
    }
}
