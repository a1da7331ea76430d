package gx.zhicheng.sync;

import gx.zhicheng.system.ZhichengProperties;
import gx.zhicheng.push.Outbox;
import gx.zhicheng.review.ReviewQueue;
import gx.zhicheng.runs.SyncRuns;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * At start-up: marks runs a dead process left RUNNING as ABANDONED; in one-shot mode runs one cycle and
 * exits with the contract's code (0 all done, 2 something waits for an operator, 1 the cycle could not
 * run); in the demo starts a first sync at once.
 */
@Component
class RunOnce implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(RunOnce.class);

    private final ZhichengProperties properties;
    private final SyncLauncher launcher;
    private final SyncRuns runs;
    private final JdbcTemplate jdbc;
    private final ReviewQueue reviewQueue;
    private final Outbox outbox;
    private final ConfigurableApplicationContext context;

    RunOnce(ZhichengProperties properties, SyncLauncher launcher, SyncRuns runs, JdbcTemplate jdbc, ReviewQueue reviewQueue,
            Outbox outbox, ConfigurableApplicationContext context) {
        this.reviewQueue = reviewQueue;
        this.outbox = outbox;
        this.properties = properties;
        this.launcher = launcher;
        this.runs = runs;
        this.jdbc = jdbc;
        this.context = context;
    }

    @Override
    public void run(ApplicationArguments args) {
        int abandoned = runs.abandonDead("the process that ran it stopped");
        if (abandoned > 0) {
            log.warn("{} sync run(s) left RUNNING by a stopped process marked ABANDONED", abandoned);
        }
        if (properties.sync().runOnce()) {
            // one-shot mode is the only process working on its database (a cron job, not a cluster member):
            // claims a killed process left behind are released now instead of waiting for their lease
            int released = reviewQueue.releaseAll() + outbox.releaseAll();
            if (released > 0) {
                log.warn("Released {} claim(s) left by a stopped process", released);
            }
            SyncRuns.Run run = launcher.runNow("ONE_SHOT", null);
            int code = exitCode(run);
            log.info("One-shot sync finished with exit code {}", code);
            System.exit(SpringApplication.exit(context, () -> code));
        } else if (properties.sync().onStartup()) {
            launcher.start("STARTUP", null);
        }
    }

    private int exitCode(SyncRuns.Run run) {
        if (!"SUCCEEDED".equals(run.state())) {
            return 1;
        }
        int waiting = count("SELECT COUNT(*) FROM parked_declaration WHERE resolved_at IS NULL")
                + count("SELECT COUNT(*) FROM declaration WHERE review_state = 'PENDING'")
                + count("SELECT COUNT(*) FROM outbox WHERE state IN ('PENDING', 'DEAD')");
        return waiting == 0 ? 0 : 2;
    }

    private int count(String sql) {
        Integer n = jdbc.queryForObject(sql, Integer.class);
        return n == null ? 0 : n;
    }
}
