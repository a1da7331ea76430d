package gx.zhicheng.pull;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import gx.zhicheng.review.Declaration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Checks one listing item against the contract's Declaration schema before anything trusts it:
 * required fields, enum values, dates, and the rule that {@code year} is the year of {@code declaredOn}.
 * A failure is a reason in plain words; the item is parked with it and never reviewed on guesses.
 */
@Component
class DeclarationValidator {

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

    private static String firstLine(String message) {
        return message == null ? "" : message.lines().findFirst().orElse("");
    }
}
