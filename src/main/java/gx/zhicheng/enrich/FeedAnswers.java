package gx.zhicheng.enrich;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import gx.zhicheng.review.CeRecord;
import gx.zhicheng.review.SiRecord;
import gx.zhicheng.system.Masking;
import java.io.IOException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.camel.Exchange;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Reads the feeds' answers defensively: an answer that is not JSON or lacks results fails the batch (it
 * is reviewed later, never on guesses); a malformed row (an impossible month) is skipped with a logged
 * reason; a person the answer forgot is left unanswered, so their declaration waits for the next cycle.
 */
@Component
class FeedAnswers {

    private static final Logger log = LoggerFactory.getLogger(FeedAnswers.class);
    public static final String SI = "zhichengSiAnswers";
    public static final String CE = "zhichengCeAnswers";

    private static final Pattern YEAR_MONTH = Pattern.compile("\\d{4}-(0[1-9]|1[0-2])");
    private static final Set<String> EMPLOYER_TYPES = names(SiRecord.EmployerType.values());
    private static final Set<String> SCHEMES = names(SiRecord.Scheme.values());

    private final ObjectMapper json;

    FeedAnswers(ObjectMapper json) {
        this.json = json;
    }

    public void si(Exchange exchange) throws IOException {
        Map<String, SiRecord> answers = new HashMap<>();
        for (JsonNode result : results(exchange, "SI")) {
            String id = result.path("idNumber").asText(null);
            if (id == null || !result.path("found").isBoolean()) {
                log.warn("SI feed result without idNumber or found: skipped");
                continue;
            }
            if (!result.get("found").asBoolean()) {
                answers.put(id, SiRecord.notFound(id));
                continue;
            }
            SiRecord.Pension pension = result.hasNonNull("pension")
                    ? json.treeToValue(result.get("pension"), SiRecord.Pension.class) : null;
            List<SiRecord.SiMonth> months = new ArrayList<>();
            for (JsonNode row : result.path("months")) {
                try {
                    if (!row.hasNonNull("month") || !row.hasNonNull("employerType") || !row.hasNonNull("paid")) {
                        throw new IllegalArgumentException("missing month, employerType or paid");
                    }
                    months.add(month(row));
                } catch (IOException | IllegalArgumentException e) {
                    log.warn("SI row for {} skipped: {} ({})", Masking.idNumber(id), row.path("month").asText("?"),
                            Masking.mask(e.getMessage() == null ? "" : e.getMessage().lines().findFirst().orElse("")));
                }
            }
            answers.put(id, new SiRecord(id, true, pension, months));
        }
        exchange.setProperty(SI, answers);
    }

    public void ce(Exchange exchange) throws IOException {
        Map<String, CeRecord> answers = new HashMap<>();
        for (JsonNode result : results(exchange, "CE")) {
            String id = result.path("idNumber").asText(null);
            if (id == null || !result.path("found").isBoolean()) {
                log.warn("CE feed result without idNumber or found: skipped");
                continue;
            }
            List<CeRecord.CeYear> years = new ArrayList<>();
            for (JsonNode row : result.path("years")) {
                if (row.path("year").canConvertToInt() && row.path("publicHours").isNumber()
                        && row.path("professionalHours").isNumber() && row.path("publicExamPassed").isBoolean()) {
                    years.add(json.treeToValue(row, CeRecord.CeYear.class));
                } else {
                    log.warn("CE row for {} skipped: missing or malformed fields", Masking.idNumber(id));
                }
            }
            answers.put(id, new CeRecord(id, result.get("found").asBoolean(), years));
        }
        exchange.setProperty(CE, answers);
    }

    /**
     * One SI month row. The plain shape is read field by field: Jackson's treeToValue per row was a fifth of the
     * adapter's CPU in the benchmark (a batch answer holds thousands of rows). Anything else goes through
     * treeToValue, so an unusual row is accepted or refused exactly as the record's own mapping would.
     */
    SiRecord.SiMonth month(JsonNode row) throws IOException {
        JsonNode month = row.path("month");
        JsonNode type = row.path("employerType");
        JsonNode scheme = row.path("scheme");
        JsonNode paid = row.path("paid");
        if (month.isTextual() && YEAR_MONTH.matcher(month.asText()).matches() && type.isTextual()
                && EMPLOYER_TYPES.contains(type.asText()) && (scheme.isMissingNode() || scheme.isNull()
                || scheme.isTextual() && SCHEMES.contains(scheme.asText())) && paid.isBoolean()
                && textOrAbsent(row.path("employerCreditCode")) && textOrAbsent(row.path("employerName"))) {
            return new SiRecord.SiMonth(YearMonth.parse(month.asText()), row.path("employerCreditCode").textValue(),
                    row.path("employerName").textValue(), SiRecord.EmployerType.valueOf(type.asText()),
                    scheme.isTextual() ? SiRecord.Scheme.valueOf(scheme.asText()) : null, paid.booleanValue());
        }
        return json.treeToValue(row, SiRecord.SiMonth.class);
    }

    private static boolean textOrAbsent(JsonNode field) {
        return field.isTextual() || field.isMissingNode() || field.isNull();
    }

    private Iterable<JsonNode> results(Exchange exchange, String feed) throws IOException {
        JsonNode answer;
        try {
            // bytes, not a String: an SI answer is over a megabyte, decoding it first doubles the work
            answer = json.readTree(exchange.getMessage().getBody(byte[].class));
        } catch (IOException e) {
            throw new FeedAnswerException(feed + " feed answer is not JSON");
        }
        if (answer == null || !answer.path("results").isArray()) {
            throw new FeedAnswerException(feed + " feed answer has no results array");
        }
        return answer.get("results");
    }

    private static Set<String> names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).collect(Collectors.toUnmodifiableSet());
    }

    /** A feed answer that cannot be used at all: the batch waits for the next cycle. */
    public static class FeedAnswerException extends RuntimeException {
        FeedAnswerException(String message) {
            super(message);
        }
    }
}
