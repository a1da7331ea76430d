package gx.zhicheng.enrich;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import gx.zhicheng.flow.FlowKeys;
import gx.zhicheng.rules.CeRecord;
import gx.zhicheng.rules.SiRecord;
import gx.zhicheng.system.Masking;
import java.io.IOException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
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

    private static final Set<String> EMPLOYER_TYPES = names(SiRecord.EmployerType.values());
    private static final Set<String> SCHEMES = names(SiRecord.Scheme.values());

    private final ObjectMapper json;

    FeedAnswers(ObjectMapper json) {
        this.json = json;
    }

    /**
     * The SI answer, read as a stream: an answer holds thousands of month rows (1.4 MB for 100 people), and building
     * the whole tree first, then reading it, was a sixth of the adapter's CPU in the benchmark. Only a row of an
     * unusual shape becomes a tree, for the record's own mapping; everything else is read as it is seen, with the
     * same results, skips and log lines as a tree would give.
     */
    public void si(Exchange exchange) throws IOException {
        Map<String, SiRecord> answers = new HashMap<>();
        byte[] body = exchange.getMessage().getBody(byte[].class);
        try (JsonParser parser = json.getFactory().createParser(body == null ? new byte[0] : body)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw new FeedAnswerException(parser.currentToken() == null ? "SI feed answer is not JSON"
                        : "SI feed answer has no results array");
            }
            boolean results = false;
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                JsonToken value = parser.nextToken();
                if ("results".equals(field)) {
                    // as in a tree, the last "results" counts
                    results = value == JsonToken.START_ARRAY;
                    answers.clear();
                    if (results) {
                        while (nextElement(parser)) {
                            siResult(parser, answers);
                        }
                        continue;
                    }
                }
                parser.skipChildren();
            }
            if (!results) {
                throw new FeedAnswerException("SI feed answer has no results array");
            }
        } catch (StreamReadException e) {
            throw new FeedAnswerException("SI feed answer is not JSON");
        }
        exchange.setProperty(FlowKeys.SI_ANSWERS, answers);
    }

    /** Moves to the next element of an array: false at its end. */
    private static boolean nextElement(JsonParser parser) throws IOException {
        JsonToken token = parser.nextToken();
        if (token == null) {
            throw new FeedAnswerException("SI feed answer is not JSON");
        }
        return token != JsonToken.END_ARRAY;
    }

    /** One element of the SI results, the parser on its first token. */
    private void siResult(JsonParser parser, Map<String, SiRecord> answers) throws IOException {
        if (parser.currentToken() != JsonToken.START_OBJECT) {
            parser.skipChildren();
            log.warn("SI feed result without idNumber or found: skipped");
            return;
        }
        JsonNode idNumber = null;
        JsonNode found = null;
        JsonNode pension = null;
        JsonNode oddMonths = null;
        List<Row> rows = null;
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String field = parser.currentName();
            JsonToken value = parser.nextToken();
            switch (field) {
                case "idNumber" -> idNumber = parser.readValueAsTree();
                case "found" -> found = parser.readValueAsTree();
                case "pension" -> pension = parser.readValueAsTree();
                case "months" -> {
                    if (value == JsonToken.START_ARRAY) {
                        rows = new ArrayList<>();
                        oddMonths = null;
                        while (nextElement(parser)) {
                            rows.add(parser.currentToken() == JsonToken.START_OBJECT ? Row.read(parser)
                                    : Row.of(parser.readValueAsTree()));
                        }
                    } else {
                        // months that are not an array are read as a tree would be (an object's values, or none)
                        rows = null;
                        oddMonths = parser.readValueAsTree();
                    }
                }
                default -> parser.skipChildren();
            }
        }
        String id = idNumber == null ? null : idNumber.asText(null);
        if (id == null || found == null || !found.isBoolean()) {
            log.warn("SI feed result without idNumber or found: skipped");
            return;
        }
        if (!found.asBoolean()) {
            answers.put(id, SiRecord.notFound(id));
            return;
        }
        if (rows == null) {
            rows = new ArrayList<>();
            if (oddMonths != null) {
                for (JsonNode row : oddMonths) {
                    rows.add(Row.of(row));
                }
            }
        }
        SiRecord.Pension pensionRecord = pension != null && !pension.isNull()
                ? json.treeToValue(pension, SiRecord.Pension.class) : null;
        List<SiRecord.SiMonth> months = new ArrayList<>(rows.size());
        for (Row row : rows) {
            try {
                months.add(row.month(json));
            } catch (IOException | IllegalArgumentException e) {
                log.warn("SI row for {} skipped: {} ({})", Masking.idNumber(id), row.monthText(),
                        Masking.mask(e.getMessage() == null ? "" : e.getMessage().lines().findFirst().orElse("")));
            }
        }
        answers.put(id, new SiRecord(id, true, pensionRecord, months));
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
        exchange.setProperty(FlowKeys.CE_ANSWERS, answers);
    }

    /** One SI month row, given as a tree: read as the stream reads it (for tests and odd shapes). */
    SiRecord.SiMonth month(JsonNode row) throws IOException {
        return Row.of(row).month(json);
    }

    /**
     * The fields of one SI month row that the record maps, as they came: absent, null, a text, a boolean, or (any
     * other value) a tree. The plain shape is read field by field: Jackson's mapping per row was a fifth of the
     * adapter's CPU in the benchmark (a batch answer holds thousands of rows). Anything else goes through
     * treeToValue, so an unusual row is accepted or refused exactly as the record's own mapping would.
     */
    static final class Row {
        private static final Object ABSENT = new Object();
        /** The fields in the order of {@code values} (and of the switch in {@link #read}). */
        private static final List<String> FIELDS =
                List.of("month", "employerCreditCode", "employerName", "employerType", "scheme", "paid");

        private final Object[] values = {ABSENT, ABSENT, ABSENT, ABSENT, ABSENT, ABSENT};

        /** Reads one row object, the parser on its START_OBJECT; fields the record does not map are skipped. */
        static Row read(JsonParser parser) throws IOException {
            Row row = new Row();
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                int field = switch (parser.currentName()) {
                    case "month" -> 0;
                    case "employerCreditCode" -> 1;
                    case "employerName" -> 2;
                    case "employerType" -> 3;
                    case "scheme" -> 4;
                    case "paid" -> 5;
                    default -> -1;
                };
                JsonToken token = parser.nextToken();
                if (field < 0) {
                    parser.skipChildren();
                    continue;
                }
                row.values[field] = switch (token) {
                    case VALUE_STRING -> parser.getText();
                    case VALUE_TRUE -> Boolean.TRUE;
                    case VALUE_FALSE -> Boolean.FALSE;
                    case VALUE_NULL -> null;
                    default -> parser.readValueAsTree();
                };
            }
            return row;
        }

        static Row of(JsonNode node) {
            Row row = new Row();
            if (node.isObject()) {
                for (int field = 0; field < FIELDS.size(); field++) {
                    JsonNode value = node.get(FIELDS.get(field));
                    row.values[field] = value == null ? ABSENT : value.isNull() ? null : value.isTextual()
                            ? value.textValue() : value.isBoolean() ? (Object) value.booleanValue() : value;
                }
            }
            return row;
        }

        SiRecord.SiMonth month(ObjectMapper json) throws IOException {
            Object month = values[0];
            Object type = values[3];
            Object scheme = values[4];
            Object paid = values[5];
            if (month == ABSENT || month == null || type == ABSENT || type == null || paid == ABSENT || paid == null) {
                throw new IllegalArgumentException("missing month, employerType or paid");
            }
            YearMonth yearMonth = month instanceof String text ? yearMonth(text) : null;
            if (yearMonth != null && type instanceof String typeName && EMPLOYER_TYPES.contains(typeName)
                    && (scheme == ABSENT || scheme == null || scheme instanceof String schemeName && SCHEMES.contains(schemeName))
                    && paid instanceof Boolean paidFlag && textOrAbsent(values[1]) && textOrAbsent(values[2])) {
                return new SiRecord.SiMonth(yearMonth, text(values[1]), text(values[2]),
                        SiRecord.EmployerType.valueOf(typeName),
                        scheme instanceof String schemeName ? SiRecord.Scheme.valueOf(schemeName) : null, paidFlag);
            }
            return json.treeToValue(tree(json), SiRecord.SiMonth.class);
        }

        /** The month as the log names it, "?" when there is none. */
        String monthText() {
            Object month = values[0];
            return month == ABSENT || month == null ? "?" : month instanceof JsonNode node ? node.asText("?")
                    : month.toString();
        }

        private ObjectNode tree(ObjectMapper json) {
            ObjectNode tree = json.createObjectNode();
            for (int field = 0; field < FIELDS.size(); field++) {
                Object value = values[field];
                if (value == ABSENT) {
                    continue;
                }
                tree.set(FIELDS.get(field), value == null ? NullNode.getInstance() : value instanceof String text
                        ? TextNode.valueOf(text) : value instanceof Boolean flag ? BooleanNode.valueOf(flag)
                        : (JsonNode) value);
            }
            return tree;
        }

        private static boolean textOrAbsent(Object value) {
            return value == ABSENT || value == null || value instanceof String;
        }

        private static String text(Object value) {
            return value instanceof String text ? text : null;
        }

        /** yyyy-MM with a month 01-12, else null; without a formatter (YearMonth.parse was 5 % of the CPU). */
        static YearMonth yearMonth(String text) {
            if (text.length() != 7 || text.charAt(4) != '-') {
                return null;
            }
            for (int i = 0; i < 7; i++) {
                if (i != 4 && (text.charAt(i) < '0' || text.charAt(i) > '9')) {
                    return null;
                }
            }
            int year = (text.charAt(0) - '0') * 1000 + (text.charAt(1) - '0') * 100 + (text.charAt(2) - '0') * 10
                    + (text.charAt(3) - '0');
            int month = (text.charAt(5) - '0') * 10 + (text.charAt(6) - '0');
            return month >= 1 && month <= 12 ? YearMonth.of(year, month) : null;
        }
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
