package gx.zhicheng.documents;

import gx.zhicheng.review.ReviewSettings;
import gx.zhicheng.system.ZhichengProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The reference data of the documents, from config/ (changed without a rebuild). The calendar's confirmation
 * deadline must be the rules' (zhicheng.rules.confirmation-deadline): the console shows the one the re-check obeys.
 */
@Configuration(proxyBeanMethods = false)
class DocumentsConfig {

    @Bean
    EvaluationCalendar evaluationCalendar(ZhichengProperties.Documents p, ReviewSettings rules) {
        EvaluationCalendar calendar = EvaluationCalendar.load(p.calendar());
        if (!calendar.confirmationDeadline().equals(rules.confirmationDeadline())) {
            throw new IllegalStateException("The confirmation deadline of " + p.calendar() + " ("
                    + calendar.confirmationDeadline() + ") differs from zhicheng.rules.confirmation-deadline ("
                    + rules.confirmationDeadline() + "): set both to the same day");
        }
        return calendar;
    }

    @Bean
    EntrustedEvaluations entrustedEvaluations(ZhichengProperties.Documents p) {
        return EntrustedEvaluations.load(p.entrustedEvaluation());
    }
}
