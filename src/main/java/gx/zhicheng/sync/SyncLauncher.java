package gx.zhicheng.sync;

import gx.zhicheng.flow.FlowGateway;
import gx.zhicheng.flow.FlowKeys;
import gx.zhicheng.system.Masking;
import gx.zhicheng.system.ZhichengProperties;
import gx.zhicheng.runs.RunFailure;
import gx.zhicheng.runs.SyncRuns;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.camel.Exchange;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Starts sync cycles and makes sure there is never more than one at a time in this instance: the
 * schedule, an operator and the start-up all go through here. A scheduled job (the sync, the re-check, retention)
 * that finds a run going is queued, not skipped: it runs once when that run ends, however often it was asked for
 * meanwhile. A run's message is a classified, masked summary ({@link RunFailure}); the full text goes to the log.
 */
@Component("syncLauncher")
public class SyncLauncher {

    private static final Logger log = LoggerFactory.getLogger(SyncLauncher.class);

    /** Thrown when a sync is asked for while one runs; carries the running run's id. */
    public static class AlreadyRunning extends RuntimeException {
        private final long runId;

        AlreadyRunning(long runId) {
            super("sync run " + runId + " is running");
            this.runId = runId;
        }

        public long runId() {
            return runId;
        }
    }

    public static final String RECHECK = "RECHECK";
    public static final String CATCH_UP = "CATCH_UP";
    public static final String SCHEDULED = "SCHEDULED";

    private final FlowGateway flow;
    private final SyncRuns runs;
    private final SyncSchedule schedule;
    private final boolean catchUp;
    private final long catchUpPauseNanos;
    private final Clock clock;
    private final AtomicLong running = new AtomicLong(0);
    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> new Thread(r, "sync-cycle"));
    /** Scheduled jobs that found a run going: a run kind (SCHEDULED, RECHECK) or a direct: endpoint, each once. */
    private final Set<String> queued = ConcurrentHashMap.newKeySet();

    @Autowired
    SyncLauncher(FlowGateway flow, SyncRuns runs, SyncSchedule schedule, ZhichengProperties properties, Clock clock,
                 gx.zhicheng.audit.AuditLog audit) {
        this(flow, runs, schedule, properties.sync().catchUp(), properties.sync().catchUpPause(), clock, audit);
    }

    SyncLauncher(FlowGateway flow, SyncRuns runs, SyncSchedule schedule, boolean catchUp, Duration catchUpPause,
                 Clock clock) {
        this(flow, runs, schedule, catchUp, catchUpPause, clock, null);
    }

    SyncLauncher(FlowGateway flow, SyncRuns runs, SyncSchedule schedule, boolean catchUp, Duration catchUpPause,
                 Clock clock, gx.zhicheng.audit.AuditLog audit) {
        this.audit = audit;
        this.flow = flow;
        this.runs = runs;
        this.schedule = schedule;
        this.catchUp = catchUp;
        this.catchUpPauseNanos = catchUpPause == null ? 0 : catchUpPause.toNanos();
        this.clock = clock;
    }

    /** Starts a cycle in the background; answers the new run's id. */
    public long start(String kind, OffsetDateTime since) {
        long runId = claim(kind, since);
        executor.submit(() -> execute(runId, kind, since));
        return runId;
    }

    /** Runs a cycle in the caller's thread (one-shot mode). */
    public SyncRuns.Run runNow(String kind, OffsetDateTime since) {
        long runId = claim(kind, since);
        execute(runId, kind, since);
        return runs.find(runId).orElseThrow();
    }

    /**
     * Runs in the Quartz job's thread, not in the background: the job is stateful, so on a cluster
     * Quartz fires it on one instance at a time only while each run holds the job until it ends.
     * A run that reviewed something is followed, after zhicheng.sync.catch-up-pause, by a catch-up run
     * (zhicheng.sync.catch-up), and so on while
     * each finds work, until the scheduler's next tick is due: declarations published while a run worked are walked,
     * reviewed and pushed now, not a tick later. The catch-up runs are ordinary runs, one after the other in the same
     * job, so the one-at-a-time rule holds for them too; the next tick then asks the schedule again.
     */
    public void startScheduled() {
        if (!schedule.isDue()) {
            return;
        }
        // the time left until the next tick, counted on the machine's own clock (the Clock bean may be a test's fixed one)
        long untilTick = Duration.between(clock.instant(), schedule.nextTick()).toNanos();
        long started = System.nanoTime();
        try {
            SyncRuns.Run run = runNow(SCHEDULED, null);
            while (catchUp && foundWork(run) && System.nanoTime() - started + catchUpPauseNanos < untilTick) {
                // a moment for more to arrive: one run for what is declared meanwhile, not one per declaration
                TimeUnit.NANOSECONDS.sleep(catchUpPauseNanos);
                run = runNow(CATCH_UP, null);
            }
        } catch (AlreadyRunning busy) {
            queue(SCHEDULED, "sync", busy.runId());
        } catch (InterruptedException stopping) {
            Thread.currentThread().interrupt();
        }
    }

    /** Whether a run succeeded and reviewed something: then more may have been declared while it ran. */
    static boolean foundWork(SyncRuns.Run run) {
        return "SUCCEEDED".equals(run.state()) && run.reviewed() > 0;
    }

    /** The re-check shares the one-at-a-time rule: it pushes verdicts too. Queued while a run goes. */
    public void startScheduledRecheck() {
        try {
            runNow(RECHECK, null);
        } catch (AlreadyRunning busy) {
            queue(RECHECK, "re-check", busy.runId());
        }
    }

    /**
     * A scheduled job that is not a run (retention: {@code direct:purge-personal-data}): sent now when no run goes,
     * otherwise queued until the run ends.
     */
    public void startScheduledJob(String endpoint) {
        long current = running.get();
        if (current != 0) {
            queue(endpoint, endpoint, current);
            return;
        }
        flow.send(endpoint, Map.of());
    }

    /** Keeps a scheduled job for when the run ends; asked for twice meanwhile, it still runs once. */
    private void queue(String job, String what, long runId) {
        if (queued.add(job)) {
            log.info("Scheduled {} queued: run {} is still running; it starts once that run ends", what, runId);
        } else {
            log.info("Scheduled {} is queued already behind run {}", what, runId);
        }
        if (running.get() == 0) {
            // the run ended between the refusal and the queueing: nobody else would start it
            executor.submit(this::runQueued);
        }
    }

    /** Whether a scheduled job waits for the run going (the console and the tests ask). */
    public boolean isQueued(String job) {
        return queued.contains(job);
    }

    /** Runs each queued job once, in the launcher's thread; one that finds a new run going waits for that one. */
    private void runQueued() {
        for (String job : List.copyOf(queued)) {
            if (!queued.remove(job)) {
                continue;
            }
            try {
                if (job.startsWith("direct:")) {
                    startScheduledJob(job);
                } else {
                    log.info("Queued scheduled {} starts now", job);
                    runNow(job, null);
                }
            } catch (AlreadyRunning busy) {
                queue(job, job, busy.runId());
            } catch (RuntimeException e) {
                log.error("Queued scheduled {} failed: {}", job, RunFailure.summary(job, e), e);
            }
        }
    }

    /**
     * Route sync-cycle's catch of a walk that failed: the failure is kept for the end of the run, and the review and
     * push of what the walk stored go on.
     */
    public void pullFailed(Exchange exchange) {
        Exception failure = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Exception.class);
        exchange.setProperty(FlowKeys.PULL_FAILURE, failure);
        log.warn("Sync run {}: {}; reviewing and pushing what the walk stored",
                exchange.getProperty(FlowKeys.RUN_ID), RunFailure.summary("pull", failure), failure);
    }

    /** Who started what (issue 24); null only in tests that build a launcher by hand. */
    private final gx.zhicheng.audit.AuditLog audit;

    private synchronized long claim(String kind, OffsetDateTime since) {
        long current = running.get();
        if (current != 0) {
            throw new AlreadyRunning(current);
        }
        runs.abandonDead("the instance that ran it stopped");
        long runId = runs.begin(kind, since);
        if (audit != null) {
            // an operator's start from the request's user and address; the schedule's as the scheduler
            audit.record(RECHECK.equals(kind) ? "RECHECK" : since != null ? "RESYNC" : "SYNC", "run " + runId,
                    "kind " + kind + (since == null ? "" : ", since " + since));
        }
        running.set(runId);
        log.info("Sync run {} started ({}{})", runId, kind, since == null ? "" : ", since " + since);
        return runId;
    }

    private void execute(long runId, String kind, OffsetDateTime since) {
        String step = RECHECK.equals(kind) ? "recheck" : "start";
        try {
            Map<String, Object> properties = new HashMap<>();
            properties.put(FlowKeys.RUN_ID, runId);
            properties.put(FlowKeys.SINCE, since);
            Exchange done;
            Throwable later;
            try {
                done = flow.send(RECHECK.equals(kind) ? "direct:recheck-cycle" : "direct:sync-cycle", properties);
                later = null;
            } catch (FlowGateway.RouteFailed failed) {
                // what the cycle set before it failed (the step, the walk's failure) is still on its exchange
                done = failed.getExchange();
                later = failed.getCause();
            }
            step = done.getProperty(FlowKeys.STEP, step, String.class);
            Throwable pull = done.getProperty(FlowKeys.PULL_FAILURE, Throwable.class);
            if (pull == null && later == null) {
                runs.finish(runId, "SUCCEEDED", null);
                return;
            }
            // the full text to the log (masked by the log's converters), a classified summary to the run's message
            if (later != null) {
                log.error("Sync run {} failed in step {}", runId, step, later);
            }
            String message = pull == null ? RunFailure.summary(step, later)
                    : later == null ? RunFailure.summary("pull", pull)
                    : RunFailure.summary("pull", pull) + "; then " + RunFailure.summary(step, later);
            runs.finish(runId, "FAILED", message);
        } catch (RuntimeException e) {
            log.error("Sync run {} failed in step {}", runId, step, e);
            try {
                runs.finish(runId, "FAILED", RunFailure.summary(step, e));
            } catch (RuntimeException unrecorded) {
                // the database is still away: the run stays RUNNING until abandonDead marks it, the next run resumes
                log.error("Sync run {} failed and could not be recorded: {}", runId, Masking.mask(String.valueOf(unrecorded.getMessage())));
            }
        } finally {
            running.set(0);
            if (!queued.isEmpty()) {
                executor.submit(this::runQueued);
            }
        }
    }
}
