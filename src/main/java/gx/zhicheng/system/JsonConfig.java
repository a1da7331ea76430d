package gx.zhicheng.system;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.fasterxml.jackson.module.paramnames.ParameterNamesModule;
import java.io.IOException;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.HttpOutputMessage;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.AbstractHttpMessageConverter;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.http.converter.json.ProblemDetailJacksonMixin;

/**
 * The adapter's JSON: Jackson 2 ({@code com.fasterxml}), one mapper for the whole flow.
 * <p>
 * Spring Boot 4 wires Jackson 3 into Spring MVC, and the operator API's records go out through it. The flow's own
 * code stays on Jackson 2 because what it reads and sends is checked byte for byte against the contract: the feed
 * requests are signed over their body, the SI answers are read as a stream, and each declaration is validated
 * against the contract's schema by json-schema-validator 2.x, all on Jackson 2 (docs/stack.md, "JSON").
 * The masked views of the operator API ({@code PersonalData}) are trees of this mapper; {@link #jsonTrees} writes
 * them with it, so that they come out as they did on Boot 3.
 */
@Configuration(proxyBeanMethods = false)
class JsonConfig {

    /**
     * One mapper for the contract: unknown fields are ignored (the platform adds fields without notice),
     * unknown enum values are not (a declaration with one does not validate), dates as ISO strings. The modules
     * are those Spring Boot 3 registered on the mapper this replaced (Java time, Optional, constructor names).
     */
    @Bean
    ObjectMapper objectMapper() {
        return new ObjectMapper()
                .registerModule(new JavaTimeModule())
                .registerModule(new Jdk8Module())
                .registerModule(new ParameterNamesModule())
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .setDefaultPropertyInclusion(JsonInclude.Include.NON_NULL)
                // RFC 9457 answers written before Spring MVC (ProblemResponses): extra properties at the top level
                .addMixIn(ProblemDetail.class, ProblemDetailJacksonMixin.class);
    }

    /** Writes the operator API's masked views (Jackson 2 trees) with the adapter's mapper. */
    @Bean
    AbstractHttpMessageConverter<JsonNode> jsonTrees(ObjectMapper json) {
        return new AbstractHttpMessageConverter<>(MediaType.APPLICATION_JSON) {
            @Override
            protected boolean supports(Class<?> type) {
                return JsonNode.class.isAssignableFrom(type);
            }

            @Override
            protected boolean canRead(MediaType mediaType) {
                return false;
            }

            @Override
            protected JsonNode readInternal(Class<? extends JsonNode> type, HttpInputMessage input) {
                throw new HttpMessageNotReadableException("the operator API takes no JSON tree", input);
            }

            @Override
            protected void writeInternal(JsonNode tree, HttpOutputMessage output) throws IOException {
                json.writeValue(output.getBody(), tree);
            }
        };
    }
}
