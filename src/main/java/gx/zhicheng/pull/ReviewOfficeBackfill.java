package gx.zhicheng.pull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import gx.zhicheng.review.DecisionLog;
import gx.zhicheng.review.ReviewQueue;
import gx.zhicheng.rules.Declaration;
import gx.zhicheng.rules.OfficeDirectory;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Gives every stored row without a review office one, at start-up and before the operator API serves: the rows
 * stored before offices were scoped (migration V120), or by an older instance during a rolling upgrade. The office
 * is chosen from the stored payload by the office directory, as {@link DeclarationStore} does for new versions;
 * a decision takes its declaration's office ({@link DecisionLog#fillOffices}). Idempotent, so instances starting
 * together do no harm.
 */
@Component
class ReviewOfficeBackfill implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(ReviewOfficeBackfill.class);
    private static final int CHUNK = 500;

    private final JdbcTemplate jdbc;
    private final ObjectMapper json;
    private final OfficeDirectory offices;
    private final ReviewQueue queue;
    private final DecisionLog decisionLog;

    ReviewOfficeBackfill(JdbcTemplate jdbc, ObjectMapper json, OfficeDirectory offices, ReviewQueue queue,
                         DecisionLog decisionLog) {
        this.jdbc = jdbc;
        this.json = json;
        this.offices = offices;
        // the declarations' and the decisions' offices are written by their owner, review (docs/tables.md)
        this.queue = queue;
        this.decisionLog = decisionLog;
    }

    @Override
    public void afterSingletonsInstantiated() {
        int declarations = fill("declaration", "declaration_id", queue::fillReviewOffices);
        int parked = fill("parked_declaration", "id", rows -> jdbc.batchUpdate(
                "UPDATE parked_declaration SET review_office = ? WHERE id = ? AND review_office IS NULL", rows));
        int decisions = decisionLog.fillOffices();
        if (declarations + parked + decisions > 0) {
            log.info("Review offices filled in: {} declarations, {} parked versions, {} decisions", declarations, parked,
                    decisions);
        }
    }

    /**
     * Chunk after chunk, keyed by the table's own key; every row read gets an office (by {@code write}, given rows of
     * the office then the key), so the loop ends.
     */
    private int fill(String table, String key, Consumer<List<Object[]>> write) {
        int filled = 0;
        while (true) {
            List<Object[]> rows = new ArrayList<>();
            jdbc.query("SELECT " + key + ", payload FROM " + table + " WHERE review_office IS NULL ORDER BY " + key
                            + " LIMIT " + CHUNK,
                    (rs, n) -> rows.add(new Object[] {officeOf(rs.getString(2)), rs.getObject(1)}));
            if (rows.isEmpty()) {
                return filled;
            }
            write.accept(rows);
            filled += rows.size();
        }
    }

    private String officeOf(String payload) {
        try {
            JsonNode item = json.readTree(payload);
            if (item == null || !item.isObject()) {
                return offices.cityCode();
            }
            try {
                return offices.codeFor(json.treeToValue(item, Declaration.class));
            } catch (IOException | IllegalArgumentException notADeclaration) {
                return offices.codeFor(text(item.path("employer").path("regionCode")), text(item.path("series")),
                        text(item.path("industry")));
            }
        } catch (IOException notJson) {
            return offices.cityCode();
        }
    }

    private static String text(JsonNode node) {
        return node.isTextual() ? node.asText() : null;
    }
}
