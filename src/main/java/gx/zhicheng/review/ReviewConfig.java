package gx.zhicheng.review;

import gx.zhicheng.rules.EvaluationCalendar;
import gx.zhicheng.rules.OfficeDirectory;
import gx.zhicheng.rules.ReviewSettings;
import gx.zhicheng.rules.RuleEngine;
import gx.zhicheng.system.ZhichengProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The rule engine with its thresholds, the office directory and the evaluation calendar from config/: an office
 * changes a threshold, a phone number or a date there, without a rebuild (zhicheng.rules; the defaults are rules
 * version 2022.2). The re-check's confirmation deadline is the calendar's, the one place of the year's dates.
 */
@Configuration(proxyBeanMethods = false)
class ReviewConfig {

    @Bean
    ReviewSettings reviewSettings(ZhichengProperties.Rules p, EvaluationCalendar calendar) {
        return new ReviewSettings(p.ceTotalHours(), p.ceProfessionalHours(), p.conflictMonths(), p.gapMonths(),
                p.checkWindowMonths(), p.noTitleGapMonths(), p.womenBaseAge(),
                p.seniorWomenInPublicInstitutionRetireAt60(), calendar.confirmationDeadline(), p.rulesVersion());
    }

    @Bean
    EvaluationCalendar evaluationCalendar(ZhichengProperties.Documents p) {
        return EvaluationCalendar.load(p.calendar());
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
