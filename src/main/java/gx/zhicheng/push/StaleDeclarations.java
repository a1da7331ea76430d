package gx.zhicheng.push;

import gx.zhicheng.flow.FlowKeys;
import gx.zhicheng.system.Masking;
import java.util.List;
import org.apache.camel.Exchange;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Verdicts the platform refused with 409 (a newer declaration version exists): their declarations are
 * pulled again, reviewed at the new version and pushed; the stale push itself is never sent again.
 */
@Component
class StaleDeclarations {

    private static final Logger log = LoggerFactory.getLogger(StaleDeclarations.class);
    private final JdbcTemplate jdbc;

    StaleDeclarations(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public List<String> ids() {
        return jdbc.queryForList("SELECT DISTINCT declaration_id FROM outbox WHERE state = 'STALE' ORDER BY declaration_id", String.class);
    }

    public void refreshed(Exchange exchange) {
        String id = exchange.getProperty(FlowKeys.DECLARATION_ID, String.class);
        jdbc.update("UPDATE outbox SET state = 'SUPERSEDED' WHERE declaration_id = ? AND state = 'STALE'", id);
    }

    public void stillStale(Exchange exchange) {
        Exception e = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Exception.class);
        log.warn("Declaration {} could not be pulled again after a 409: {}",
                exchange.getProperty(FlowKeys.DECLARATION_ID, String.class), Masking.mask(String.valueOf(e)));
    }
}
