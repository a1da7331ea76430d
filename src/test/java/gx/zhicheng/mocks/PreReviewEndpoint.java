package gx.zhicheng.mocks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * PUT /api/v1/declarations/{id}/pre-review: 404 for an unknown declaration, 422 for a body that does not
 * validate (the fields are listed), 409 when declarationVersion is lower than the declaration's current
 * version, 200 with a receiptId otherwise; Idempotency-Key replays and conflicts as {@link IdempotentWrites}.
 *
 * <p>Transformer parameter {@code newVersionFirst}: the declaration gets a new version just before the push is
 * judged, so the push is stale (scenario stale-version); only the first such push since the last reset, even
 * when several arrive together.
 */
final class PreReviewEndpoint implements ResponseDefinitionTransformerV2 {

    private static final List<String> REQUIRED = List.of("declarationId", "declarationVersion", "outcome", "findings",
            "reviewedAt", "rulesVersion");
    private static final Set<String> OUTCOMES = Set.of("PASS", "RETURN", "VERIFY", "REJECT");

    private final DeclarationBook book;
    private final IdempotentWrites writes;
    private final AtomicInteger receipts = new AtomicInteger();

    PreReviewEndpoint(DeclarationBook book, IdempotentWrites writes) {
        this.book = book;
        this.writes = writes;
    }

    @Override
    public String getName() {
        return "pre-review";
    }

    @Override
    public boolean applyGlobally() {
        return false;
    }

    @Override
    public ResponseDefinition transform(ServeEvent event) {
        String key = event.getRequest().getHeader("Idempotency-Key");
        if (key == null || key.isBlank() || key.length() > 128) {
            return Answers.error(event, 400, "idempotency_key_required", "Idempotency-Key header required (at most 128 characters)");
        }
        String id = DeclarationById.lastSegment(event.getRequest().getUrl().replaceFirst("/pre-review(\\?.*)?$", ""));
        if (book.find(id).isEmpty()) {
            return Answers.error(event, 404, "not_found", null);
        }
        JsonNode body = Bodies.parse(event.getRequest().getBodyAsString());
        List<String> problems = problems(id, body);
        if (!problems.isEmpty()) {
            return Answers.json(event, 422, Bodies.invalid(problems));
        }
        if (event.getTransformerParameters().getBoolean("newVersionFirst", false)) {
            book.newVersionOnce(id);
        }
        IdempotentWrites.Outcome outcome = writes.write("pre-review " + id, key, body, () -> judge(id, body));
        return Answers.of(event, outcome, key);
    }

    private IdempotentWrites.Answer judge(String id, JsonNode body) {
        int current = book.find(id).orElseThrow().path("version").asInt();
        int version = body.get("declarationVersion").asInt();
        if (version < current) {
            ObjectNode stale = Answers.JSON.createObjectNode().put("error", "stale_version")
                    .put("message", "declaration " + id + " has version " + current + "; review that version")
                    .put("currentVersion", current);
            return new IdempotentWrites.Answer(409, Answers.write(stale));
        }
        if (version > current) {
            return new IdempotentWrites.Answer(422, Answers.write(Bodies.invalid(List.of(
                    "declarationVersion: " + version + " is not a version of " + id + " (current " + current + ")"))));
        }
        String receipt = String.format("PR-%08d", receipts.incrementAndGet());
        return new IdempotentWrites.Answer(200, Answers.write(Answers.JSON.createObjectNode().put("receiptId", receipt)));
    }

    private static List<String> problems(String id, JsonNode body) {
        List<String> problems = new ArrayList<>();
        if (body == null || !body.isObject()) {
            return List.of("body: a PreReview JSON object is required");
        }
        for (String field : REQUIRED) {
            if (!body.hasNonNull(field)) {
                problems.add(field + ": required");
            }
        }
        if (body.hasNonNull("declarationId") && !body.get("declarationId").asText().equals(id)) {
            problems.add("declarationId: differs from the path");
        }
        if (body.hasNonNull("declarationVersion") && !body.get("declarationVersion").canConvertToInt()) {
            problems.add("declarationVersion: integer required");
        }
        if (body.hasNonNull("outcome") && !OUTCOMES.contains(body.get("outcome").asText())) {
            problems.add("outcome: one of " + OUTCOMES);
        }
        if (body.hasNonNull("findings") && !body.get("findings").isArray()) {
            problems.add("findings: array required");
        }
        return problems;
    }
}
