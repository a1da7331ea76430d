package gx.zhicheng.ops;

import gx.zhicheng.audit.AuditLog;
import gx.zhicheng.review.VerdictReplay;
import gx.zhicheng.web.OfficeScope;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * 倒查追责: a recorded verdict recomputed with today's code from the inputs kept with it, for the city office (issue
 * 24). A POST because it runs the rules; it records nothing but the audit event that it was asked.
 */
@RestController
@RequestMapping("/api/ops/declarations")
class ReplayController {

    private final VerdictReplay replay;
    private final AuditLog audit;

    ReplayController(VerdictReplay replay, AuditLog audit) {
        this.replay = replay;
        this.audit = audit;
    }

    @PostMapping("/{id}/verdicts/{n}/replay")
    VerdictReplay.Replay replay(@PathVariable String id, @PathVariable int n, OfficeScope scope) {
        CityOffice.require(scope, "审核意见重算");
        VerdictReplay.Replay answer = replay.replay(id, n).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
                "申报 " + id + " 没有第 " + n + " 次保存了审核依据的审核意见"));
        audit.record("REPLAY", id, "verdict " + answer.verdictId() + ": "
                + (answer.replayable() ? (Boolean.TRUE.equals(answer.same()) ? "same" : "different") : "not replayable"));
        return answer;
    }
}
