package gx.zhicheng.mocks;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.QueryParameter;
import com.github.tomakehurst.wiremock.http.RequestMethod;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.util.ArrayList;
import java.util.List;

/**
 * /api/v1/integrity-archive: GET the entries of one person (static and recorded), POST records one entry:
 * 201 with its entryId the first time, 200 with the same entryId for the same Idempotency-Key and body,
 * 422 for another body under that key or a body that does not validate.
 */
final class IntegrityArchiveEndpoint implements ResponseDefinitionTransformerV2 {

    private static final List<String> REQUIRED = List.of("idNumber", "name", "reason", "recordedOn", "expiresOn");
    private final ArchiveBook archive;
    private final IdempotentWrites writes;

    IntegrityArchiveEndpoint(ArchiveBook archive, IdempotentWrites writes) {
        this.archive = archive;
        this.writes = writes;
    }

    @Override
    public String getName() {
        return "integrity-archive";
    }

    @Override
    public boolean applyGlobally() {
        return false;
    }

    @Override
    public ResponseDefinition transform(ServeEvent event) {
        RequestMethod method = event.getRequest().getMethod();
        if (method.equals(RequestMethod.GET)) {
            QueryParameter idNumber = event.getRequest().queryParameter("idNumber");
            if (!idNumber.isPresent() || idNumber.firstValue().isBlank()) {
                return Answers.error(event, 400, "invalid_query", "idNumber is required");
            }
            return Answers.json(event, 200, Answers.JSON.createObjectNode().set("entries", archive.entries(idNumber.firstValue())));
        }
        if (!method.equals(RequestMethod.POST)) {
            return Answers.error(event, 405, "method_not_allowed", null);
        }
        String key = event.getRequest().getHeader("Idempotency-Key");
        if (key == null || key.isBlank() || key.length() > 128) {
            return Answers.error(event, 400, "idempotency_key_required", "Idempotency-Key header required (at most 128 characters)");
        }
        JsonNode body = Bodies.parse(event.getRequest().getBodyAsString());
        List<String> problems = problems(body);
        if (!problems.isEmpty()) {
            return Answers.json(event, 422, Bodies.invalid(problems));
        }
        IdempotentWrites.Outcome outcome = writes.write("integrity-archive", key, body, () -> new IdempotentWrites.Answer(201,
                Answers.write(Answers.JSON.createObjectNode().put("entryId", archive.record(body)))));
        return Answers.of(event, outcome, key);
    }

    private static List<String> problems(JsonNode body) {
        if (body == null || !body.isObject()) {
            return List.of("body: an ArchiveEntry JSON object is required");
        }
        List<String> problems = new ArrayList<>();
        for (String field : REQUIRED) {
            if (!body.hasNonNull(field)) {
                problems.add(field + ": required");
            }
        }
        return problems;
    }
}
