package gx.zhicheng.enrich;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import gx.zhicheng.review.SiRecord;
import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The field-by-field read of an SI month row gives what the record's own Jackson mapping gives, row for row. */
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
}
