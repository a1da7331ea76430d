package gx.zhicheng.ops;

import gx.zhicheng.sync.SyncLauncher;
import gx.zhicheng.runs.SyncRuns;
import gx.zhicheng.web.OfficeScope;
import java.security.Principal;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * Starting a sync and following the runs. A second start while one runs answers 409 (see {@link OpsProblems}).
 * A sync pulls every office's declarations, so only the city office starts one; every user may follow the runs,
 * whose counts name no declaration (docs/operators.md).
 */
@RestController
@RequestMapping("/api/ops")
class SyncController {

    private static final Logger log = LoggerFactory.getLogger(SyncController.class);
    static final int MAX_RUNS = 200;

    record Started(long runId) {}

    private final SyncLauncher launcher;
    private final SyncRuns runs;

    SyncController(SyncLauncher launcher, SyncRuns runs) {
        this.launcher = launcher;
        this.runs = runs;
    }

    /** Incremental from the watermark, or everything changed since {@code since} (1970-01-01T00:00:00Z: all). */
    @PostMapping("/sync")
    @ResponseStatus(HttpStatus.ACCEPTED)
    Started sync(@RequestParam(required = false) String since, Principal operator, OfficeScope scope) {
        CityOffice.require(scope, "同步");
        OffsetDateTime from = since == null ? null : parse(since);
        long runId = launcher.start("MANUAL", from);
        log.info("Operator {} started sync run {}", operator.getName(), runId);
        return new Started(runId);
    }

    @GetMapping("/runs")
    List<SyncRuns.Run> runs(@RequestParam(defaultValue = "20") int limit) {
        return runs.recent(Math.max(1, Math.min(limit, MAX_RUNS)));
    }

    @GetMapping("/runs/{runId}")
    SyncRuns.Run run(@PathVariable long runId) {
        return runs.find(runId).orElseThrow(() ->
                new ResponseStatusException(HttpStatus.NOT_FOUND, "没有编号为 " + runId + " 的同步记录"));
    }

    private static OffsetDateTime parse(String since) {
        try {
            return OffsetDateTime.parse(since);
        } catch (DateTimeParseException e) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST,
                    "since 须为带时区的 ISO-8601 时间，例如 2022-06-01T00:00:00+08:00");
        }
    }
}
