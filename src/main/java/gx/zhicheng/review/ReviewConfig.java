package gx.zhicheng.review;

import gx.zhicheng.rules.OfficeDirectory;
import gx.zhicheng.rules.ReviewSettings;
import gx.zhicheng.rules.RuleEngine;
import gx.zhicheng.system.ZhichengProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The rule engine with its thresholds and the office directory from config/: an office changes a
 * threshold or a phone number there, without a rebuild (zhicheng.rules; the defaults are rules version 2022.2).
 */
@Configuration(proxyBeanMethods = false)
class ReviewConfig {

    @Bean
    ReviewSettings reviewSettings(ZhichengProperties.Rules p) {
        return new ReviewSettings(p.ceTotalHours(), p.ceProfessionalHours(), p.conflictMonths(), p.gapMonths(),
                p.checkWindowMonths(), p.noTitleGapMonths(), p.womenBaseAge(),
                p.seniorWomenInPublicInstitutionRetireAt60(), p.confirmationDeadline(), p.rulesVersion());
    }

    @Bean
    OfficeDirectory officeDirectory(ZhichengProperties.Rules p) {
        return OfficeDirectory.load(p.officeDirectory());
    }

    @Bean
    RuleEngine ruleEngine(ReviewSettings settings, OfficeDirectory offices) {
        return new RuleEngine(settings, offices);
    }
}
