package gx.zhicheng.ops;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import gx.zhicheng.flow.FlowGateway;
import gx.zhicheng.flow.FlowKeys;
import gx.zhicheng.pull.OneDeclaration;
import gx.zhicheng.remote.RemoteFailures;
import gx.zhicheng.review.NoSuchDeclaration;
import gx.zhicheng.rules.Verdict;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.apache.camel.Exchange;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

/** The operator's re-sync of one declaration, through the resync-declaration route. */
@Component
class CamelDeclarationResync implements DeclarationResync {

    private final FlowGateway flow;
    private final JdbcTemplate jdbc;
    private final ObjectMapper json;

    CamelDeclarationResync(FlowGateway flow, JdbcTemplate jdbc, ObjectMapper json) {
        this.flow = flow;
        this.jdbc = jdbc;
        this.json = json;
    }

    @Override
    public ResyncResult resync(String declarationId, boolean dryRun) {
        long before = latestVerdictId(declarationId);
        Exchange done;
        try {
            done = flow.send("direct:resync-declaration", Map.of(FlowKeys.DECLARATION_ID, declarationId, FlowKeys.DRY_RUN, dryRun));
        } catch (FlowGateway.RouteFailed failed) {
            var http = RemoteFailures.httpFailure(failed.getCause());
            if (http != null && http.getStatusCode() == 404) {
                throw new NoSuchDeclaration(declarationId);
            }
            throw new ResponseStatusException(HttpStatus.BAD_GATEWAY, "平台暂时无法访问，请稍后重试", failed.getCause());
        }
        String parked = done.getProperty(FlowKeys.PARKED_REASON, String.class);
        if (parked != null) {
            throw new ResponseStatusException(HttpStatus.UNPROCESSABLE_CONTENT, "该申报不符合接口规范，已暂存待处理：" + parked);
        }
        if (dryRun) {
            List<?> verdicts = done.getMessage().getBody(List.class);
            if (verdicts == null || verdicts.isEmpty()) {
                throw new ResponseStatusException(HttpStatus.CONFLICT, "该申报已撤回，不作预审");
            }
            Verdict verdict = (Verdict) verdicts.get(0);
            return new ResyncResult(declarationId, verdict.declarationVersion(), json.valueToTree(verdict), false);
        }
        long after = latestVerdictId(declarationId);
        if (after == 0) {
            throw new ResponseStatusException(HttpStatus.CONFLICT, "该申报已撤回，不作预审");
        }
        var row = jdbc.queryForMap("SELECT declaration_version, body FROM verdict WHERE id = ?", after);
        Integer sent = jdbc.queryForObject(
                "SELECT COUNT(*) FROM outbox WHERE verdict_id = ? AND state = 'SENT'", Integer.class, after);
        return new ResyncResult(declarationId, ((Number) row.get("declaration_version")).intValue(),
                read((String) row.get("body")), after > before && sent != null && sent > 0);
    }

    private long latestVerdictId(String declarationId) {
        Long id = jdbc.queryForObject("SELECT MAX(id) FROM verdict WHERE declaration_id = ?", Long.class, declarationId);
        return id == null ? 0 : id;
    }

    private JsonNode read(String body) {
        try {
            return json.readTree(body);
        } catch (IOException e) {
            throw new IllegalStateException("stored verdict no longer parses", e);
        }
    }
}
