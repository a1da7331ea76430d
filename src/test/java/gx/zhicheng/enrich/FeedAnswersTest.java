package gx.zhicheng.enrich;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import gx.zhicheng.flow.FlowKeys;
import gx.zhicheng.rules.SiRecord;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.apache.camel.Exchange;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.DefaultExchange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The field-by-field read of an SI month row gives what the record's own Jackson mapping gives, row for row; the
 * streamed read of a whole SI answer keeps, skips and refuses what a read of its tree would.
 */
class FeedAnswersTest {

    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    private final FeedAnswers answers = new FeedAnswers(JSON);

    @ParameterizedTest
    @ValueSource(strings = {
            // the plain shapes, read field by field
            """
            {"month":"2022-03","employerCreditCode":"91450100MA5KXXXX1X","employerName":"南宁某公司","employerType":"ENTERPRISE","scheme":"ENTERPRISE_EMPLOYEE","paid":true}""",
            """
            {"month":"2021-12","employerType":"FLEXIBLE_EMPLOYMENT","paid":false}""",
            """
            {"month":"2022-01","employerCreditCode":null,"employerName":null,"employerType":"PUBLIC_INSTITUTION","scheme":null,"paid":true,"extra":1}""",
            // unusual shapes, left to Jackson
            """
            {"month":"2022-03","employerType":"ENTERPRISE","paid":"true"}""",
            """
            {"month":"2022-03","employerType":"ENTERPRISE","employerName":12,"paid":true}"""})
    void readsARowAsTheRecordMappingDoes(String row) throws IOException {
        JsonNode node = JSON.readTree(row);

        assertThat(answers.month(node)).isEqualTo(JSON.treeToValue(node, SiRecord.SiMonth.class));
    }

    @Test
    void readsPlainRowsWithoutJackson() throws IOException {
        // a mapper without the java.time module cannot map a YearMonth: only the field-by-field read succeeds
        FeedAnswers plainOnly = new FeedAnswers(new ObjectMapper());
        JsonNode row = JSON.readTree("""
                {"month":"2022-03","employerCreditCode":"91450100MA5KXXXX1X","employerType":"ENTERPRISE","paid":true}""");

        assertThat(plainOnly.month(row)).isEqualTo(new SiRecord.SiMonth(java.time.YearMonth.of(2022, 3),
                "91450100MA5KXXXX1X", null, SiRecord.EmployerType.ENTERPRISE, null, true));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            """
            {"month":"2022-13","employerType":"ENTERPRISE","paid":true}""",
            """
            {"month":"2022-03","employerType":"CHARITY","paid":true}""",
            """
            {"month":"2022-03","employerType":"ENTERPRISE","scheme":"NONE","paid":true}"""})
    void refusesWhatTheRecordMappingRefuses(String row) throws IOException {
        JsonNode node = JSON.readTree(row);

        assertThatThrownBy(() -> JSON.treeToValue(node, SiRecord.SiMonth.class)).isInstanceOf(IOException.class);
        assertThatThrownBy(() -> answers.month(node)).isInstanceOf(IOException.class);
    }

    @Test
    void readsAWholeSiAnswerAsItsTreeSays() throws IOException {
        String plain = """
                {"month":"2022-03","employerCreditCode":"91450100MA5KXXXX1X","employerName":"南宁某公司","employerType":"ENTERPRISE","scheme":"ENTERPRISE_EMPLOYEE","paid":true,"note":{"x":[1,2]}}""";
        String odd = """
                {"month":"2022-04","employerType":"ENTERPRISE","paid":"true"}""";
        String answer = """
                {"requestId":"r1","results":[
                  {"idNumber":"450102198001011234","found":true,"pension":{"status":"CONTRIBUTING"},
                   "months":[%s,%s,{"month":"2022-13","employerType":"ENTERPRISE","paid":true},{"paid":true},"x"]},
                  {"found":false,"idNumber":"450102198001012345","months":[%s]},
                  {"idNumber":"450102198001013456"},
                  {"idNumber":"450102198001014567","found":"yes"},
                  7,
                  {"months":{"a":%s},"idNumber":"450102198001015678","found":true}
                ],"extra":[{}]}""".formatted(plain, odd, plain, plain);

        Map<String, SiRecord> read = si(answer);

        assertThat(read).containsOnlyKeys("450102198001011234", "450102198001012345", "450102198001015678");
        SiRecord first = read.get("450102198001011234");
        assertThat(first.found()).isTrue();
        assertThat(first.pension()).isEqualTo(new SiRecord.Pension(SiRecord.PensionStatus.CONTRIBUTING, null));
        // the two readable rows, as the record's mapping reads them; the impossible month, the row without month
        // and employerType, and the row that is no object are skipped
        assertThat(first.months()).containsExactly(JSON.treeToValue(JSON.readTree(plain), SiRecord.SiMonth.class),
                JSON.treeToValue(JSON.readTree(odd), SiRecord.SiMonth.class));
        assertThat(read.get("450102198001012345")).isEqualTo(SiRecord.notFound("450102198001012345"));
        // months given as an object are its values, as iterating the tree gives them
        assertThat(read.get("450102198001015678").months())
                .containsExactly(JSON.treeToValue(JSON.readTree(plain), SiRecord.SiMonth.class));
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"results\":[{\"idNumber\":\"1\",\"found\":true,\"months\":[", "<html>", ""})
    void anAnswerThatIsNotJsonFailsTheBatch(String answer) {
        assertThatThrownBy(() -> si(answer)).isInstanceOf(FeedAnswers.FeedAnswerException.class)
                .hasMessage("SI feed answer is not JSON");
    }

    @ParameterizedTest
    @ValueSource(strings = {"{}", "{\"results\":{}}", "[]", "{\"results\":[],\"results\":7}"})
    void anAnswerWithoutAResultsArrayFailsTheBatch(String answer) {
        assertThatThrownBy(() -> si(answer)).isInstanceOf(FeedAnswers.FeedAnswerException.class)
                .hasMessage("SI feed answer has no results array");
    }

    @Test
    void monthsAreReadWithoutAFormatter() {
        assertThat(FeedAnswers.Row.yearMonth("2022-03")).isEqualTo(java.time.YearMonth.of(2022, 3));
        assertThat(FeedAnswers.Row.yearMonth("1999-12")).isEqualTo(java.time.YearMonth.of(1999, 12));
        for (String wrong : new String[] {"2022-00", "2022-13", "2022-3", "2022/03", "２０２２-03", "202a-03", "2022-03-01"}) {
            assertThat(FeedAnswers.Row.yearMonth(wrong)).as(wrong).isNull();
        }
    }

    @SuppressWarnings("unchecked")
    private Map<String, SiRecord> si(String answer) throws IOException {
        Exchange exchange = new DefaultExchange(new DefaultCamelContext());
        exchange.getMessage().setBody(answer.getBytes(StandardCharsets.UTF_8));
        answers.si(exchange);
        return exchange.getProperty(FlowKeys.SI_ANSWERS, Map.class);
    }
}
