package gx.zhicheng.system;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.LoggingEvent;
import ch.qos.logback.core.CoreConstants;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.core.env.Environment;
import org.springframework.mock.env.MockEnvironment;

/**
 * Every log format masks: the text lines and Spring Boot's structured formats (ecs for the shippers that read the
 * Elastic Common Schema, logstash, gelf), in the message, in the stack trace and in an MDC value.
 */
class MaskingLogEncoderTest {

    private static final String ID = "450102198807153216";
    private static final String PHONE = "13877161234";

    @ParameterizedTest
    @ValueSource(strings = {"", "ecs", "logstash", "gelf"})
    void masksIdAndPhoneNumbersInEveryField(String format) {
        LoggerContext context = new LoggerContext();
        // as logback-spring.xml's conversion rules: %msg and %mex of the text lines masked
        context.putObject(CoreConstants.PATTERN_RULE_REGISTRY, new HashMap<>(Map.of(
                "msg", MaskingConverter.class.getName(), "mex", MaskingThrowableConverter.class.getName())));
        context.putObject(Environment.class.getName(), new MockEnvironment().withProperty("spring.application.name", "zhicheng-sync"));
        MaskingLogEncoder encoder = new MaskingLogEncoder();
        encoder.setContext(context);
        encoder.setPattern("%level %logger - %msg%n%mex");
        encoder.setFormat(format);
        encoder.start();

        LoggingEvent event = new LoggingEvent("x", context.getLogger("gx.zhicheng.Test"), Level.WARN,
                "Push of {} failed: applicant phone {}", new IllegalStateException("answer: idNumber " + ID),
                new Object[] {ID, PHONE});
        event.setMDCPropertyMap(Map.of("caller", "phone " + PHONE));
        String line = new String(encoder.encode(event), StandardCharsets.UTF_8);

        assertThat(line).as(format.isEmpty() ? "text" : format)
                .doesNotContain(ID).doesNotContain(PHONE)
                .contains("4501*************6").contains("138****1234");
        if (!format.isEmpty()) {
            // the stack trace and the MDC are fields of their own in JSON
            assertThat(line).startsWith("{").contains("IllegalStateException").contains("caller");
        }
    }
}
