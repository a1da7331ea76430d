package gx.zhicheng.pull;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import gx.zhicheng.review.Declaration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Checks one listing item against the contract's Declaration schema before anything trusts it:
 * required fields, enum values, dates, the rule that {@code year} is the year of {@code declaredOn}, the shape of
 * the declaration ID and of every code field.
 * A failure is a reason in plain words; the item is parked with it and never reviewed on guesses.
 */
@Component
class DeclarationValidator {

    /**
     * What a declaration ID may look like: it becomes a path segment of the platform's URLs, a key of our tables
     * (64 characters) and a part of the Idempotency-Key, so nothing but letters, digits, '_' and '-'.
     */
    static final Pattern DECLARATION_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,63}");

    /**
     * The code fields: upper-case letters, digits and underscores. An unknown but well-formed code (a series this
     * rules version does not know) is kept and reviewed as rules.md says; anything else is no code at all and may
     * be something a spreadsheet or a page would run (=HYPERLINK(…)), so the declaration is parked.
     */
    static final Pattern CODE = Pattern.compile("[A-Z0-9_]{1,64}");
    private static final List<String> CODE_FIELDS = List.of(
            "/series", "/level", "/category", "/currentTitle/series", "/currentTitle/level", "/employer/regionCode");

    private static final List<String> REQUIRED = List.of(
            "declarationId", "version", "updatedAt", "year", "declaredOn", "status", "applicant", "category",
            "series", "level", "workHistory");

    private final ObjectMapper json;

    DeclarationValidator(ObjectMapper json) {
        this.json = json;
    }

    sealed interface Result permits Valid, Invalid {}

    record Valid(Declaration declaration) implements Result {}

    record Invalid(String reason) implements Result {}

    Result validate(JsonNode item) {
        if (item == null || !item.isObject()) {
            return new Invalid("item is not a JSON object");
        }
        List<String> problems = new ArrayList<>();
        for (String field : REQUIRED) {
            if (!item.hasNonNull(field)) {
                problems.add(field + ": required");
            }
        }
        JsonNode id = item.path("declarationId");
        if (item.hasNonNull("declarationId") && !(id.isTextual() && DECLARATION_ID.matcher(id.asText()).matches())) {
            problems.add("declarationId: not a declaration ID (letters, digits, '_' and '-', at most 64)");
        }
        for (String pointer : CODE_FIELDS) {
            JsonNode code = item.at(pointer);
            if (!code.isMissingNode() && !code.isNull() && !(code.isTextual() && CODE.matcher(code.asText()).matches())) {
                problems.add(pointer.substring(1).replace('/', '.') + ": '" + shortened(code.asText())
                        + "' is not a code (upper-case letters, digits and underscores)");
            }
        }
        JsonNode applicant = item.path("applicant");
        if (applicant.isObject()) {
            for (String field : List.of("name", "idNumber")) {
                if (!applicant.hasNonNull(field)) {
                    problems.add("applicant." + field + ": required");
                }
            }
        }
        JsonNode history = item.path("workHistory");
        if (history.isArray()) {
            for (int i = 0; i < history.size(); i++) {
                for (String field : List.of("employerName", "from")) {
                    if (!history.get(i).hasNonNull(field)) {
                        problems.add("workHistory[" + i + "]." + field + ": required");
                    }
                }
            }
        } else if (item.hasNonNull("workHistory")) {
            problems.add("workHistory: must be an array");
        }
        if (!problems.isEmpty()) {
            return new Invalid(String.join("; ", problems));
        }
        Declaration declaration;
        try {
            declaration = json.treeToValue(item, Declaration.class);
        } catch (InvalidFormatException e) {
            return new Invalid(path(e) + ": invalid value '" + e.getValue() + "'"
                    + (e.getTargetType() != null && e.getTargetType().isEnum()
                            ? " (not one of the contract's values)" : " (malformed)"));
        } catch (MismatchedInputException e) {
            return new Invalid(path(e) + ": wrong type");
        } catch (JsonProcessingException | IllegalArgumentException e) {
            return new Invalid("does not map to a declaration: " + firstLine(e.getMessage()));
        }
        if (declaration.version() < 1) {
            return new Invalid("version: must be at least 1");
        }
        if (declaration.year().intValue() != declaration.declaredOn().getYear()) {
            return new Invalid("year " + declaration.year() + " is not the year of declaredOn "
                    + declaration.declaredOn() + " (rules.md: the declaration year)");
        }
        return new Valid(declaration);
    }

    private static String path(MismatchedInputException e) {
        return e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[");
    }

    private static String shortened(String value) {
        return value.length() > 40 ? value.substring(0, 40) + "…" : value;
    }

    private static String firstLine(String message) {
        return message == null ? "" : message.lines().findFirst().orElse("");
    }
}
