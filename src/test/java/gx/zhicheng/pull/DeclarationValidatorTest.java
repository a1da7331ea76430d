package gx.zhicheng.pull;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.fasterxml.jackson.databind.DeserializationFeature;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

class DeclarationValidatorTest {

    private final ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE);
    private final DeclarationValidator validator = new DeclarationValidator(json);

    private ObjectNode valid() throws Exception {
        return (ObjectNode) json.readTree("""
                {"declarationId":"GX2022-0000001","version":1,"updatedAt":"2022-06-10T09:00:00+08:00","year":2022,
                 "declaredOn":"2022-06-10","status":"SUBMITTED","applicant":{"name":"张伟","idNumber":"45140219900101001X"},
                 "category":"PUBLIC_INSTITUTION","employer":null,"series":"ENGINEERING","level":"INTERMEDIATE",
                 "workHistory":[{"employerName":"崇左市人民医院","from":"2015-07","to":null}],
                 "someFieldThePlatformAddedLater":{"x":1}}""");
    }

    @Test
    void acceptsAContractDeclarationAndIgnoresUnknownFields() throws Exception {
        assertThat(validator.validate(valid())).isInstanceOf(DeclarationValidator.Valid.class);
    }

    static Stream<Arguments> invalid() {
        return Stream.of(
                Arguments.of("missing level", (Consumer<ObjectNode>) n -> n.remove("level"), "level: required"),
                Arguments.of("null applicant id", (Consumer<ObjectNode>) n -> ((ObjectNode) n.get("applicant")).putNull("idNumber"),
                        "applicant.idNumber: required"),
                Arguments.of("unknown category", (Consumer<ObjectNode>) n -> n.put("category", "MILITARY"),
                        "category: invalid value 'MILITARY'"),
                Arguments.of("malformed date", (Consumer<ObjectNode>) n -> n.put("declaredOn", "2022-13-45"), "declaredOn"),
                Arguments.of("year of another year", (Consumer<ObjectNode>) n -> n.put("year", 2021),
                        "year 2021 is not the year of declaredOn 2022-06-10"),
                Arguments.of("work entry without from",
                        (Consumer<ObjectNode>) n -> ((ObjectNode) n.get("workHistory").get(0)).remove("from"),
                        "workHistory[0].from: required"),
                Arguments.of("malformed month", (Consumer<ObjectNode>) n -> ((ObjectNode) n.get("workHistory").get(0)).put("from", "2015-13"),
                        "workHistory[0].from"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalid")
    void parksWithAReason(String what, Consumer<ObjectNode> breakIt, String reason) throws Exception {
        ObjectNode item = valid();
        breakIt.accept(item);

        var result = validator.validate(item);

        assertThat(result).isInstanceOf(DeclarationValidator.Invalid.class);
        assertThat(((DeclarationValidator.Invalid) result).reason()).contains(reason);
    }
}
