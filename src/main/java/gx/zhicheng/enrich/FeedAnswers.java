package gx.zhicheng.enrich;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import gx.zhicheng.review.CeRecord;
import gx.zhicheng.review.SiRecord;
import gx.zhicheng.system.Masking;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
public class FeedAnswers {

    private static final Logger log = LoggerFactory.getLogger(FeedAnswers.class);
    public static final String SI = "zhichengSiAnswers";
    public static final String CE = "zhichengCeAnswers";

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
                    months.add(json.treeToValue(row, SiRecord.SiMonth.class));
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

    private Iterable<JsonNode> results(Exchange exchange, String feed) throws IOException {
        JsonNode answer;
        try {
            answer = json.readTree(exchange.getMessage().getBody(String.class));
        } catch (IOException e) {
            throw new FeedAnswerException(feed + " feed answer is not JSON");
        }
        if (answer == null || !answer.path("results").isArray()) {
            throw new FeedAnswerException(feed + " feed answer has no results array");
        }
        return answer.get("results");
    }

    /** A feed answer that cannot be used at all: the batch waits for the next cycle. */
    public static class FeedAnswerException extends RuntimeException {
        FeedAnswerException(String message) {
            super(message);
        }
    }
}
