package gx.zhicheng.pull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import gx.zhicheng.runs.SyncRuns;
import gx.zhicheng.system.DatabaseRetry;
import gx.zhicheng.system.RemoteRequest;
import gx.zhicheng.system.TableStatistics;
import gx.zhicheng.system.ZhichengProperties;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.apache.camel.Exchange;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Walks the platform's declaration listing: where to start (the watermark, or the moment an operator
 * asked for), the query of each page, and what to do with a page once it arrived.
 * Only a null nextCursor ends the walk: an empty page may come while more follow.
 */
@Component
class DeclarationPages {

    private static final Logger log = LoggerFactory.getLogger(DeclarationPages.class);
    public static final String SINCE = "zhichengSince";
    static final String CURSOR = "zhichengCursor";
    static final String MORE = "zhichengMorePages";

    private final DeclarationStore store;
    private final Watermark watermark;
    private final SyncRuns runs;
    private final ObjectMapper json;
    private final int pageSize;
    private final DatabaseRetry database;
    private final TableStatistics statistics;

    DeclarationPages(DeclarationStore store, Watermark watermark, SyncRuns runs, ObjectMapper json,
                     ZhichengProperties properties, DatabaseRetry database, TableStatistics statistics) {
        this.database = database;
        this.statistics = statistics;
        this.store = store;
        this.watermark = watermark;
        this.runs = runs;
        this.json = json;
        this.pageSize = properties.platform().pageSize();
    }

    public void begin(Exchange exchange) {
        OffsetDateTime since = exchange.getProperty(SINCE, OffsetDateTime.class);
        if (since == null) {
            since = watermark.updatedSince().orElse(null);
            exchange.setProperty(SINCE, since);
        }
        exchange.setProperty(CURSOR, null);
        exchange.setProperty(MORE, true);
    }

    /** Sets the query of the next page: updatedSince on every page, cursor after the first. */
    public void nextPageQuery(Exchange exchange) {
        StringBuilder query = new StringBuilder("limit=").append(pageSize);
        OffsetDateTime since = exchange.getProperty(SINCE, OffsetDateTime.class);
        if (since != null) {
            query.append("&updatedSince=").append(encode(since.toString()));
        }
        String cursor = exchange.getProperty(CURSOR, String.class);
        if (cursor != null) {
            query.append("&cursor=").append(encode(cursor));
        }
        exchange.setProperty(RemoteRequest.PROPERTY, RemoteRequest.platformGet("/api/v1/declarations", query.toString()));
    }

    /** Stores each item of a page, moves the watermark past it, and says whether more pages follow. */
    public void storePage(Exchange exchange) throws IOException {
        JsonNode page = json.readTree(exchange.getMessage().getBody(String.class));
        // storing a page again is safe (upserts by version, the watermark only moves forward): retried on a blip
        int stored = database.call("store a listing page", () -> store(exchange, page));
        statistics.written(stored);
    }

    /** Stores one page's declarations; answers how many the page held. */
    private int store(Exchange exchange, JsonNode page) {
        JsonNode items = page == null ? null : page.get("items");
        if (items == null || !items.isArray()) {
            throw new IllegalStateException("listing page has no items array");
        }
        List<JsonNode> all = new ArrayList<>();
        items.forEach(all::add);
        int pulled = all.size();
        int parked = (int) store.storeAll(all).stream().filter(stored -> stored == DeclarationStore.Stored.PARKED).count();
        OffsetDateTime newest = null;
        for (JsonNode item : all) {
            OffsetDateTime updatedAt = updatedAt(item);
            if (updatedAt != null && (newest == null || updatedAt.isAfter(newest))) {
                newest = updatedAt;
            }
        }
        Long runId = exchange.getProperty(SyncRuns.RUN_ID, Long.class);
        runs.addPulled(runId, pulled, parked);
        if (newest != null) {
            watermark.advanceTo(newest);
        }
        JsonNode next = page.get("nextCursor");
        boolean more = next != null && !next.isNull();
        exchange.setProperty(CURSOR, more ? next.asText() : null);
        exchange.setProperty(MORE, more);
        log.debug("Stored a page of {} declarations ({} parked), more pages: {}", pulled, parked, more);
        return pulled;
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
