package gx.zhicheng.pull;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import gx.zhicheng.flow.FlowKeys;
import gx.zhicheng.runs.CycleFailedException;
import gx.zhicheng.runs.SyncRuns;
import gx.zhicheng.system.Masking;
import gx.zhicheng.system.DatabaseRetry;
import gx.zhicheng.remote.RemoteRequest;
import gx.zhicheng.system.TableStatistics;
import gx.zhicheng.system.ZhichengProperties;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.camel.Exchange;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Walks the platform's declaration listing: where to start (the watermark, or the moment an operator
 * asked for), the query of each page, and what to do with a page once it arrived.
 * Only a null nextCursor ends the walk: an empty page may come while more follow. A walk is bounded: a nextCursor
 * seen before in the same walk, or more than zhicheng.platform.max-pages pages, ends it as failed before another
 * request goes out. A page that cannot be read (not JSON, nested deeper than the parser allows, no items array) is
 * read as a stream: the items before the unreadable one are stored (and reviewed in the same run), the page is
 * recorded for the operator ({@link UnreadablePages}) and the walk fails there, in every run until the platform
 * serves it.
 */
@Component
class DeclarationPages {

    private static final Logger log = LoggerFactory.getLogger(DeclarationPages.class);

    private final DeclarationStore store;
    private final Watermark watermark;
    private final SyncRuns runs;
    private final ObjectMapper json;
    private final int pageSize;
    private final DatabaseRetry database;
    private final TableStatistics statistics;
    private final UnreadablePages unreadable;
    private final int maxPages;
    private final int bodyLimit;

    DeclarationPages(DeclarationStore store, Watermark watermark, SyncRuns runs, ObjectMapper json,
                     ZhichengProperties properties, DatabaseRetry database, TableStatistics statistics,
                     UnreadablePages unreadable) {
        this.unreadable = unreadable;
        this.maxPages = properties.platform().maxPages();
        this.bodyLimit = properties.platform().unreadableBodyLimit();
        this.database = database;
        this.statistics = statistics;
        this.store = store;
        this.watermark = watermark;
        this.runs = runs;
        this.json = json;
        this.pageSize = properties.platform().pageSize();
    }

    public void begin(Exchange exchange) {
        OffsetDateTime since = exchange.getProperty(FlowKeys.SINCE, OffsetDateTime.class);
        if (since == null) {
            since = watermark.updatedSince().orElse(null);
            exchange.setProperty(FlowKeys.SINCE, since);
        }
        exchange.setProperty(FlowKeys.CURSOR, null);
        exchange.setProperty(FlowKeys.MORE_PAGES, true);
        exchange.setProperty(FlowKeys.PAGES_WALKED, 0);
        exchange.setProperty(FlowKeys.SEEN_CURSORS, new HashSet<String>());
    }

    /** Sets the query of the next page: updatedSince on every page, cursor after the first. */
    public void nextPageQuery(Exchange exchange) {
        StringBuilder query = new StringBuilder("limit=").append(pageSize);
        OffsetDateTime since = exchange.getProperty(FlowKeys.SINCE, OffsetDateTime.class);
        if (since != null) {
            query.append("&updatedSince=").append(encode(since.toString()));
        }
        String cursor = exchange.getProperty(FlowKeys.CURSOR, String.class);
        if (cursor != null) {
            query.append("&cursor=").append(encode(cursor));
        }
        exchange.setProperty(FlowKeys.REMOTE_REQUEST, RemoteRequest.platformGet("/api/v1/declarations", query.toString()));
    }

    /**
     * Stores each item of a page, moves the watermark past it, and says whether more pages follow. A page that cannot
     * be read keeps the items before the unreadable one and fails the walk; so do a repeated cursor and a walk too long.
     */
    public void storePage(Exchange exchange) {
        String body = exchange.getMessage().getBody(String.class);
        String cursor = exchange.getProperty(FlowKeys.CURSOR, String.class);
        int pages = exchange.getProperty(FlowKeys.PAGES_WALKED, 0, Integer.class) + 1;
        exchange.setProperty(FlowKeys.PAGES_WALKED, pages);
        Page page = read(body);
        if (page.failure() != null) {
            unreadablePage(exchange, cursor, page, body);
            return;
        }
        // storing a page again is safe (upserts by version, the watermark only moves forward): retried on a blip
        int stored = database.call("store a listing page", () -> store(exchange, page.items(), true));
        statistics.written(stored);
        String next = page.nextCursor();
        exchange.setProperty(FlowKeys.CURSOR, next);
        exchange.setProperty(FlowKeys.MORE_PAGES, next != null);
        if (next == null) {
            database.run("resolve unreadable pages", unreadable::resolveAll);
            return;
        }
        if (cursor == null) {
            // the walk's first page is where a walk that failed at an unreadable page resumed: it was read this time
            OffsetDateTime walkedFrom = exchange.getProperty(FlowKeys.SINCE, OffsetDateTime.class);
            String since = walkedFrom == null ? "" : walkedFrom.toString();
            database.run("resolve an unreadable page", () -> unreadable.resolve(since));
        }
        @SuppressWarnings("unchecked")
        Set<String> seen = exchange.getProperty(FlowKeys.SEEN_CURSORS, Set.class);
        if (seen != null && !seen.add(next)) {
            throw new CycleFailedException("pull: the listing answered nextCursor '" + shown(next) + "' a second time in one walk"
                    + " (page " + pages + "); the walk stopped without asking for it again");
        }
        if (pages >= maxPages) {
            throw new CycleFailedException("pull: the walk reached zhicheng.platform.max-pages (" + maxPages
                    + ") with nextCursor '" + shown(next) + "' still to follow; the walk stopped there");
        }
    }

    /** Stores what the page held before the unreadable part, records the page, and fails the walk with a clear message. */
    private void unreadablePage(Exchange exchange, String cursor, Page page, String body) {
        int taken = page.items().size();
        if (taken > 0) {
            // the watermark stays where the last whole page left it: the next walk resumes at this page, so the record is found again
            int stored = database.call("store the readable items of a listing page", () -> store(exchange, page.items(), false));
            statistics.written(stored);
        }
        String resumeAt = watermark.updatedSince().map(OffsetDateTime::toString).orElse("");
        UnreadablePages.UnreadablePage recorded = database.call("record an unreadable listing page",
                () -> unreadable.record(resumeAt, cursor == null ? "" : cursor, page.failure(), body, taken, bodyLimit));
        log.warn("Listing page at cursor '{}' cannot be read ({}: {}); {} item(s) before the unreadable part taken; "
                        + "unreadable page {} seen {} time(s) since {}", shown(cursor), page.failure().getClass().getSimpleName(),
                Masking.mask(String.valueOf(page.failure().getMessage())), taken, recorded.id(), recorded.seenCount(),
                recorded.firstSeenAt());
        throw new CycleFailedException("pull: the listing page at cursor '" + (cursor == null ? "(first page)" : shown(cursor))
                + "' cannot be read (" + page.failure().getClass().getSimpleName() + "); " + taken
                + " item(s) before it taken; unreadable page " + recorded.id() + ", seen " + recorded.seenCount()
                + " time(s) since " + recorded.firstSeenAt() + "; every run stops here until the platform serves it");
    }

    /** Stores a page's declarations; answers how many. The watermark moves past them only for a whole page. */
    private int store(Exchange exchange, List<JsonNode> all, boolean advanceWatermark) {
        int pulled = all.size();
        int parked = (int) store.storeAll(all).stream().filter(stored -> stored == DeclarationStore.Stored.PARKED).count();
        OffsetDateTime newest = null;
        for (JsonNode item : all) {
            OffsetDateTime updatedAt = updatedAt(item);
            if (updatedAt != null && (newest == null || updatedAt.isAfter(newest))) {
                newest = updatedAt;
            }
        }
        Long runId = exchange.getProperty(FlowKeys.RUN_ID, Long.class);
        runs.addPulled(runId, pulled, parked);
        if (newest != null && advanceWatermark) {
            watermark.advanceTo(newest);
        }
        log.debug("Stored a page of {} declarations ({} parked)", pulled, parked);
        return pulled;
    }

    /** A page as read: its items (those before a failure), its nextCursor, and the failure if it could not be read whole. */
    record Page(List<JsonNode> items, String nextCursor, Exception failure) {}

    /**
     * Reads a page as a stream: {@code items} item by item, so an item the parser cannot take (nested deeper than its
     * limit, broken JSON) leaves the ones before it; {@code nextCursor} a string or null; other fields are skipped.
     */
    Page read(String body) {
        List<JsonNode> items = new ArrayList<>();
        String next = null;
        boolean sawItems = false;
        try (JsonParser parser = json.createParser(body == null ? "" : body)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw new UnreadablePageException("the page is not a JSON object");
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                JsonToken value = parser.nextToken();
                if ("items".equals(field)) {
                    if (value != JsonToken.START_ARRAY) {
                        throw new UnreadablePageException("items is not an array");
                    }
                    sawItems = true;
                    while (parser.nextToken() != JsonToken.END_ARRAY) {
                        items.add(json.readTree(parser));
                    }
                } else if ("nextCursor".equals(field)) {
                    if (value.isStructStart()) {
                        throw new UnreadablePageException("nextCursor is not a string");
                    }
                    next = value == JsonToken.VALUE_NULL ? null : parser.getText();
                } else {
                    parser.skipChildren();
                }
            }
            if (!sawItems) {
                throw new UnreadablePageException("the page has no items array");
            }
            return new Page(items, next, null);
        } catch (IOException | RuntimeException e) {
            return new Page(items, null, e);
        }
    }

    /** A listing page whose envelope breaks the contract (no items array, not an object). */
    static final class UnreadablePageException extends IOException {
        UnreadablePageException(String message) {
            super(message);
        }
    }

    /** A cursor for a message: opaque text of the platform, masked and cut short. */
    private static String shown(String cursor) {
        if (cursor == null) {
            return "";
        }
        String masked = Masking.mask(cursor);
        return masked.length() > 120 ? masked.substring(0, 120) + "…" : masked;
    }

    private static OffsetDateTime updatedAt(JsonNode item) {
        try {
            return item.hasNonNull("updatedAt") ? OffsetDateTime.parse(item.get("updatedAt").asText()) : null;
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
