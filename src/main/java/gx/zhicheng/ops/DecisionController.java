package gx.zhicheng.ops;

import gx.zhicheng.audit.AuditLog;
import gx.zhicheng.review.FindingDecisions;
import gx.zhicheng.rules.DecisionType;
import gx.zhicheng.sync.SyncLauncher;
import gx.zhicheng.web.OfficeScope;
import java.security.Principal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** Decisions on VERIFY findings, and the re-check before confirmation started by hand. */
@RestController
@RequestMapping("/api/ops")
class DecisionController {

    private static final Logger log = LoggerFactory.getLogger(DecisionController.class);
    /** The console's limit, held here too: a note is part of the audit trail and of the pushed evidence. */
    static final int MAX_NOTE_LENGTH = 500;

    record DecisionRequest(String rule, String decision, String note) {}

    record DecisionAnswer(String declarationId, String rule, String decision, String result) {}

    record Started(long runId) {}

    record ApprovalRequest(String rule) {}

    private final FindingDecisions decisions;
    private final SyncLauncher launcher;
    private final AuditLog audit;

    DecisionController(FindingDecisions decisions, SyncLauncher launcher, AuditLog audit) {
        this.audit = audit;
        this.decisions = decisions;
        this.launcher = launcher;
    }

    @PostMapping("/declarations/{id}/decisions")
    DecisionAnswer decide(@PathVariable String id, @RequestBody DecisionRequest request, Principal operator,
                          OfficeScope scope) {
        if (request == null || request.rule() == null || request.decision() == null) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "须填写 rule 与 decision");
        }
        if (request.note() != null && request.note().codePointCount(0, request.note().length()) > MAX_NOTE_LENGTH) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST,
                    "备注最多 " + MAX_NOTE_LENGTH + " 个字，当前 " + request.note().codePointCount(0, request.note().length()) + " 个字");
        }
        DecisionType type;
        try {
            type = DecisionType.valueOf(request.decision());
        } catch (IllegalArgumentException e) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST,
                    "decision 须为 CONFIRM_FALSIFICATION、DISMISS、CONFIRM、APPROVE 或 REFUSE 之一");
        }
        FindingDecisions.Result result = decisions.decide(id, request.rule(), type, request.note(), operator.getName(),
                scope);
        audit.record("DECISION", id, request.rule() + " " + type + ": " + result);
        log.info("Operator {} decided {} on {} of declaration {}: {}", operator.getName(), type, request.rule(), id, result);
        return new DecisionAnswer(id, request.rule(), type.name(), result.name());
    }

    /** The second operator's approval of a CONFIRM_FALSIFICATION (zhicheng.decisions.confirm-falsification.second-approver). */
    @PostMapping("/declarations/{id}/decisions/approve")
    DecisionAnswer approve(@PathVariable String id, @RequestBody ApprovalRequest request, Principal operator,
                           OfficeScope scope) {
        if (request == null || request.rule() == null) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "须填写 rule");
        }
        FindingDecisions.Result result;
        try {
            result = decisions.approve(id, request.rule(), operator.getName(), scope);
        } catch (FindingDecisions.OwnRequest e) {
            audit.record("FALSIFICATION_APPROVAL_REFUSED", id, request.rule() + ": own request");
            throw new ResponseStatusException(HttpStatus.FORBIDDEN, e.getMessage());
        }
        audit.record("FALSIFICATION_APPROVED", id, request.rule() + ": " + result);
        log.info("Operator {} approved CONFIRM_FALSIFICATION on {} of declaration {}", operator.getName(), request.rule(), id);
        return new DecisionAnswer(id, request.rule(), DecisionType.CONFIRM_FALSIFICATION.name(), result.name());
    }

    @PostMapping("/recheck")
    @ResponseStatus(HttpStatus.ACCEPTED)
    Started recheck(Principal operator, OfficeScope scope) {
        CityOffice.require(scope, "确认前复核");
        long runId = launcher.start(SyncLauncher.RECHECK, null);
        log.info("Operator {} started the re-check, run {}", operator.getName(), runId);
        return new Started(runId);
    }
}
