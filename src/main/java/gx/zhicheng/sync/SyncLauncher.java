package gx.zhicheng.sync;

import gx.zhicheng.system.Masking;
import gx.zhicheng.system.ZhichengProperties;
import gx.zhicheng.runs.SyncRuns;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.support.DefaultExchange;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Starts sync cycles and makes sure there is never more than one at a time in this instance: the
 * schedule, an operator and the start-up all go through here.
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

    private final ProducerTemplate producer;
    private final SyncRuns runs;
    private final SyncSchedule schedule;
    private final boolean catchUp;
    private final long catchUpPauseNanos;
    private final Clock clock;
    private final AtomicLong running = new AtomicLong(0);
    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> new Thread(r, "sync-cycle"));

    @Autowired
    SyncLauncher(ProducerTemplate producer, SyncRuns runs, SyncSchedule schedule, ZhichengProperties properties, Clock clock) {
        this(producer, runs, schedule, properties.sync().catchUp(), properties.sync().catchUpPause(), clock);
    }

    SyncLauncher(ProducerTemplate producer, SyncRuns runs, SyncSchedule schedule, boolean catchUp, Duration catchUpPause,
                 Clock clock) {
        this.producer = producer;
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
            SyncRuns.Run run = runNow("SCHEDULED", null);
            while (catchUp && foundWork(run) && System.nanoTime() - started + catchUpPauseNanos < untilTick) {
                // a moment for more to arrive: one run for what is declared meanwhile, not one per declaration
                TimeUnit.NANOSECONDS.sleep(catchUpPauseNanos);
                run = runNow(CATCH_UP, null);
            }
        } catch (AlreadyRunning busy) {
            log.info("Scheduled sync skipped: run {} is still running", busy.runId());
        } catch (InterruptedException stopping) {
            Thread.currentThread().interrupt();
        }
    }

    /** Whether a run succeeded and reviewed something: then more may have been declared while it ran. */
    static boolean foundWork(SyncRuns.Run run) {
        return "SUCCEEDED".equals(run.state()) && run.reviewed() > 0;
    }

    /** The re-check shares the one-at-a-time rule: it pushes verdicts too. */
    public void startScheduledRecheck() {
        try {
            runNow(RECHECK, null);
        } catch (AlreadyRunning busy) {
            log.info("Scheduled re-check skipped: run {} is still running", busy.runId());
        }
    }

    private synchronized long claim(String kind, OffsetDateTime since) {
        long current = running.get();
        if (current != 0) {
            throw new AlreadyRunning(current);
        }
        runs.abandonDead("the instance that ran it stopped");
        long runId = runs.begin(kind, since);
        running.set(runId);
        log.info("Sync run {} started ({}{})", runId, kind, since == null ? "" : ", since " + since);
        return runId;
    }

    private void execute(long runId, String kind, OffsetDateTime since) {
        try {
            Exchange exchange = new DefaultExchange(producer.getCamelContext());
            exchange.setProperty(SyncRuns.RUN_ID, runId);
            if (since != null) {
                exchange.setProperty("zhichengSince", since);
            }
            Exchange done = producer.send(RECHECK.equals(kind) ? "direct:recheck-cycle" : "direct:sync-cycle", exchange);
            if (done.getException() != null) {
                Throwable e = done.getException();
                log.error("Sync run {} failed: {}", runId, Masking.mask(String.valueOf(e.getMessage())));
                runs.finish(runId, "FAILED", e.getClass().getSimpleName() + ": " + e.getMessage());
            } else {
                runs.finish(runId, "SUCCEEDED", null);
            }
        } catch (RuntimeException e) {
            try {
                runs.finish(runId, "FAILED", e.getClass().getSimpleName() + ": " + e.getMessage());
            } catch (RuntimeException unrecorded) {
                // the database is still away: the run stays RUNNING until abandonDead marks it, the next run resumes
                log.error("Sync run {} failed and could not be recorded: {}", runId, Masking.mask(String.valueOf(unrecorded.getMessage())));
            }
        } finally {
            running.set(0);
        }
    }
}
