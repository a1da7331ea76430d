package gx.zhicheng.mocks;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.QueryParameter;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * GET /api/v1/declarations computed from the declaration files: items with updatedAt at or after updatedSince,
 * in (updatedAt, declarationId) order, {@code limit} (1..200, default 100) at a time, an opaque nextCursor that
 * is null on the last page. The second page of every walk that has one is empty but carries a cursor, as the
 * contract allows: a client that stops at an empty page misses declarations.
 *
 * <p>Transformer parameter {@code newVersionOfFirstItem}: after the page is computed, its first declaration
 * gets a new version, which the walk meets again on a later page (scenario declaration-changes-mid-walk).
 */
final class DeclarationListing implements ResponseDefinitionTransformerV2 {

    static final int DEFAULT_LIMIT = 100;
    static final int MAX_LIMIT = 200;
    private final DeclarationBook book;

    DeclarationListing(DeclarationBook book) {
        this.book = book;
    }

    @Override
    public String getName() {
        return "declaration-listing";
    }

    @Override
    public boolean applyGlobally() {
        return false;
    }

    @Override
    public ResponseDefinition transform(ServeEvent event) {
        Request request = event.getRequest();
        int limit;
        Instant since;
        Cursor cursor;
        try {
            limit = limit(request.queryParameter("limit"));
            since = since(request.queryParameter("updatedSince"));
            QueryParameter c = request.queryParameter("cursor");
            cursor = c.isPresent() ? Cursor.decode(c.firstValue()) : null;
        } catch (IllegalArgumentException | DateTimeParseException e) {
            return Answers.error(event, 400, "invalid_query", e.getMessage());
        }
        List<ObjectNode> remaining = book.inListingOrder().stream()
                .filter(d -> since == null || !DeclarationBook.updatedAt(d).isBefore(since))
                .filter(d -> cursor == null || isAfter(d, cursor))
                .toList();
        ObjectNode page = Answers.JSON.createObjectNode();
        ArrayNode items = page.putArray("items");
        if (cursor != null && cursor.page() == 1) {
            // the empty page of the walk: nothing on it, the same position for the next one
            page.put("nextCursor", new Cursor(2, cursor.afterUpdatedAt(), cursor.afterId()).encode());
            return Answers.json(event, 200, page);
        }
        List<ObjectNode> served = remaining.subList(0, Math.min(limit, remaining.size()));
        served.forEach(items::add);
        if (served.size() < remaining.size()) {
            ObjectNode last = served.get(served.size() - 1);
            int number = cursor == null ? 1 : cursor.page() + 1;
            page.put("nextCursor", new Cursor(number, DeclarationBook.updatedAt(last), last.path("declarationId").asText()).encode());
        } else {
            page.putNull("nextCursor");
        }
        if (event.getTransformerParameters().getBoolean("newVersionOfFirstItem", false) && !served.isEmpty()) {
            book.newVersion(served.get(0).path("declarationId").asText());
        }
        return Answers.json(event, 200, page);
    }

    private static boolean isAfter(ObjectNode declaration, Cursor cursor) {
        int byTime = DeclarationBook.updatedAt(declaration).compareTo(cursor.afterUpdatedAt());
        return byTime > 0 || (byTime == 0 && declaration.path("declarationId").asText().compareTo(cursor.afterId()) > 0);
    }

    private static int limit(QueryParameter parameter) {
        if (!parameter.isPresent()) {
            return DEFAULT_LIMIT;
        }
        int limit = Integer.parseInt(parameter.firstValue());
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be between 1 and " + MAX_LIMIT);
        }
        return limit;
    }

    private static Instant since(QueryParameter parameter) {
        return parameter.isPresent() ? OffsetDateTime.parse(parameter.firstValue()).toInstant() : null;
    }
}
