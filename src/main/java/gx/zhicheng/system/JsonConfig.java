package gx.zhicheng.system;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.fasterxml.jackson.annotation.JsonInclude;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.json.ProblemDetailJacksonMixin;

@Configuration(proxyBeanMethods = false)
class JsonConfig {

    /**
     * One mapper for the contract: unknown fields are ignored (the platform adds fields without notice),
     * unknown enum values are not (a declaration with one does not validate), dates as ISO strings.
     */
    @Bean
    @Primary
    ObjectMapper objectMapper() {
        return new ObjectMapper()
                .registerModule(new JavaTimeModule())
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .setSerializationInclusion(JsonInclude.Include.NON_NULL)
                // RFC 9457 answers of the operator API: extra properties (runId) at the top level, as Spring's
                // own mapper builder would do; this mapper replaces that builder's
                .addMixIn(ProblemDetail.class, ProblemDetailJacksonMixin.class);
    }
}
