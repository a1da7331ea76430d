package gx.zhicheng.review;

import com.fasterxml.jackson.databind.ObjectMapper;
import gx.zhicheng.flow.FlowKeys;
import gx.zhicheng.rules.RuleEngine;
import gx.zhicheng.system.ZhichengProperties;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.apache.camel.Exchange;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The declarations the re-check before confirmation looks at (rules.md): reviewed, not WITHDRAWN, whose
 * latest verdict is not REJECT, and whose year's confirmation deadline has not passed. Walked in
 * batches by declaration ID, so a long re-check holds no list of the whole year in memory.
 */
@Component
class RecheckQueue {


    private final JdbcTemplate jdbc;
    private final ObjectMapper json;
    private final RuleEngine engine;
    private final Clock clock;
    private final int batchSize;

    RecheckQueue(JdbcTemplate jdbc, ObjectMapper json, RuleEngine engine, Clock clock,
                 ZhichengProperties properties) {
        this.jdbc = jdbc;
        this.json = json;
        this.engine = engine;
        this.clock = clock;
        this.batchSize = properties.feeds().batchSize();
    }

    public void next(Exchange exchange) {
        LocalDate today = LocalDate.now(clock);
        String after = exchange.getProperty(FlowKeys.RECHECK_AFTER, "", String.class);
        List<ReviewQueue.Pending> rows = jdbc.query("""
                SELECT d.declaration_id, d.version, d.payload FROM declaration d
                 WHERE d.review_state = 'REVIEWED' AND d.status = 'UNIT_RECOMMENDED' AND d.decl_year >= ? AND d.declaration_id > ?
                   AND NOT EXISTS (SELECT 1 FROM verdict v WHERE v.declaration_id = d.declaration_id AND v.outcome = 'REJECT'
                                      AND v.id = (SELECT MAX(v2.id) FROM verdict v2 WHERE v2.declaration_id = d.declaration_id))
                 ORDER BY d.declaration_id LIMIT ?""",
                ReviewQueue.Pending.rows(json),
                today.getYear() - 1, after, batchSize);
        if (!rows.isEmpty()) {
            exchange.setProperty(FlowKeys.RECHECK_AFTER, rows.get(rows.size() - 1).declarationId());
        }
        List<ReviewQueue.Pending> due = rows.stream().filter(p -> engine.recheckApplies(p.declaration(), today)).toList();
        exchange.setProperty(FlowKeys.MORE_TO_RECHECK, !rows.isEmpty());
        exchange.setProperty(FlowKeys.BATCH, due);
        exchange.getMessage().setBody(due);
    }
}
