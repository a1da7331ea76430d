package gx.zhicheng.pull;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.dialect.Dialect;
import com.networknt.schema.dialect.Dialects;
import com.networknt.schema.keyword.NonValidationKeyword;
import com.networknt.schema.path.NodePath;
import gx.zhicheng.rules.Declaration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.springframework.stereotype.Component;

/**
 * Checks one listing item against the contract's Declaration schema before anything trusts it. The schema is
 * docs/contract/platform-api.yaml itself, shipped in the jar as {@code classpath:contract/platform-api.yaml} and
 * read once at start-up by networknt's json-schema-validator (OpenAPI 3.0 dialect, formats asserted): what is
 * required, the enum values, the dates, the month, the shape of the declaration ID and of the code fields are
 * the contract's, and no list of them is kept here. Each error becomes a reason in plain words ("applicant.idNumber:
 * required", "category: invalid value 'MILITARY' (not one of the contract's values)", …); the item is parked with
 * them and never reviewed on guesses.
 * <p>
 * Only what a JSON schema cannot say stays in Java: that {@code year} is the year of {@code declaredOn} (a rule
 * across two fields), and what mapping to {@link Declaration} refuses after the schema let it through.
 */
@Component
class DeclarationValidator {

    /** The contract in the jar (a Maven resource from docs/contract, see pom.xml). */
    static final String CONTRACT = "classpath:contract/platform-api.yaml";
    static final String DECLARATION = "/components/schemas/Declaration";

    /** The contract's pattern of a declaration ID, and of a code: a failure of either is worded for a person. */
    private static final String ID_PATTERN = "^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$";
    private static final String CODE_PATTERN = "^[A-Z0-9_]{1,64}$";

    private final ObjectMapper json;
    private final Schema declaration;
    private final Schema declarationId;
    /** The whole contract document, to tell a null in a required property from one in an optional property. */
    private final JsonNode contract;

    DeclarationValidator(ObjectMapper json) {
        this.json = json;
        SchemaRegistry registry = SchemaRegistry.withDialect(openApiDocument(), builder -> builder
                .schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));
        this.declaration = registry.getSchema(SchemaLocation.of(CONTRACT + "#" + DECLARATION));
        this.declarationId = registry.getSchema(SchemaLocation.of(CONTRACT + "#" + DECLARATION + "/properties/declarationId"));
        // a contract the jar lacks, or without the schema, throws here; every $ref is resolved now: the start-up
        // stops, not the first pull
        declaration.initializeValidators();
        declarationId.initializeValidators();
        this.contract = registry.getSchema(SchemaLocation.of(CONTRACT)).getSchemaNode();
    }

    /**
     * The OpenAPI 3.0 dialect (nullable, the formats), which also knows the document's own top-level fields: the
     * schema is read out of the whole document, so that a $ref to #/components/schemas/… in it resolves.
     */
    private static Dialect openApiDocument() {
        return Dialect.builder(Dialects.getOpenApi30())
                .keywords(List.of("openapi", "info", "servers", "security", "paths", "components", "tags").stream()
                        .map(NonValidationKeyword::new).toList())
                .build();
    }

    sealed interface Result permits Valid, Invalid {}

    record Valid(Declaration declaration) implements Result {}

    record Invalid(String reason) implements Result {}

    Result validate(JsonNode item) {
        if (item == null || !item.isObject()) {
            return new Invalid("item is not a JSON object");
        }
        List<Error> errors = declaration.validate(item);
        if (!errors.isEmpty()) {
            return new Invalid(reasons(errors));
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
        // A rule across two fields, which a JSON schema cannot state (the contract says it in year's description).
        if (declaration.year().intValue() != declaration.declaredOn().getYear()) {
            return new Invalid("year " + declaration.year() + " is not the year of declaredOn "
                    + declaration.declaredOn() + " (rules.md: the declaration year)");
        }
        return new Valid(declaration);
    }

    /** Whether a value may serve as a declaration ID (a key of our tables), by the contract's declarationId schema. */
    boolean isDeclarationId(JsonNode id) {
        return id != null && !id.isMissingNode() && declarationId.validate(id).isEmpty();
    }

    /** One reason per field, in the contract's order; a wrong type hides what else that field breaks. */
    private String reasons(List<Error> errors) {
        Map<String, Error> byField = new LinkedHashMap<>();
        for (Error error : errors) {
            String field = field(error);
            Error earlier = byField.get(field);
            if (earlier == null || "type".equals(error.getKeyword()) && !"type".equals(earlier.getKeyword())) {
                byField.put(field, error);
            }
        }
        List<String> reasons = new ArrayList<>();
        byField.forEach((field, error) -> reasons.add(reason(field, error)));
        return String.join("; ", reasons);
    }

    private String reason(String field, Error error) {
        JsonNode value = error.getInstanceNode();
        return switch (error.getKeyword()) {
            case "required" -> field + ": required";
            case "type" -> value == null || value.isNull()
                    ? field + (required(error) ? ": required" : ": null, which the contract does not allow here")
                    : field + ": wrong type (" + error.getArguments()[1] + " expected)";
            case "enum" -> field + ": invalid value '" + text(value) + "' (not one of the contract's values)";
            case "format" -> field + ": invalid value '" + text(value) + "' (malformed)";
            case "pattern" -> switch (String.valueOf(error.getArguments()[0])) {
                case ID_PATTERN -> field + ": not a declaration ID (letters, digits, '_' and '-', at most 64)";
                case CODE_PATTERN -> field + ": '" + text(value) + "' is not a code (upper-case letters, digits and underscores)";
                default -> field + ": invalid value '" + text(value) + "' (malformed)";
            };
            case "minimum" -> field + ": must be at least " + error.getArguments()[0];
            default -> field + ": " + error.getMessage();
        };
    }

    /** Whether the property a type error is about is in its object schema's required list. */
    private boolean required(Error error) {
        // the error is at …/<object schema>/properties/<name>/type
        NodePath at = error.getSchemaLocation().getFragment();
        int n = at.getNameCount();
        if (n < 3 || !"properties".equals(at.getElement(n - 3))) {
            return false;
        }
        JsonNode object = contract;
        for (int i = 0; i < n - 3; i++) {
            object = at.getElement(i) instanceof Integer index ? object.path(index) : object.path(at.getName(i));
        }
        String property = at.getName(n - 2);
        return StreamSupport.stream(object.path("required").spliterator(), false).anyMatch(r -> r.asText().equals(property));
    }

    /** The field as the reasons name it: applicant.idNumber, workHistory[0].from. */
    private static String field(Error error) {
        StringBuilder field = new StringBuilder();
        NodePath at = error.getInstanceLocation();
        for (int i = 0; i < at.getNameCount(); i++) {
            append(field, at.getElement(i));
        }
        if ("required".equals(error.getKeyword()) && error.getProperty() != null) {
            append(field, error.getProperty());
        }
        return field.isEmpty() ? "declaration" : field.toString();
    }

    private static void append(StringBuilder field, Object element) {
        if (element instanceof Integer index) {
            field.append('[').append(index).append(']');
        } else {
            field.append(field.isEmpty() ? "" : ".").append(element);
        }
    }

    private static String text(JsonNode value) {
        String text = value == null ? "" : value.asText();
        return text.length() > 40 ? text.substring(0, 40) + "…" : text;
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
