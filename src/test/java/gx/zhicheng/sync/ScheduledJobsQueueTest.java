package gx.zhicheng.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import gx.zhicheng.mocks.FixedClock;
import gx.zhicheng.mocks.MockedProvince;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A scheduled job that finds a run going is queued, not skipped (issue 22): the sync's trigger and the re-check's
 * fire in the same second, the sync wins the launcher, and the re-check runs once the sync has ended, once.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
@Import(FixedClock.class)
class ScheduledJobsQueueTest {

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        MockedProvince.register(registry);
        registry.add("zhicheng.platform.max-requests-per-second", () -> "1000");
    }

    @Autowired
    SyncLauncher launcher;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aRecheckDueInTheSecondOfASyncRunsWhenTheSyncEndsOnce() throws Exception {
        // the two Quartz triggers of the same second: the sync's job starts its run, the re-check's finds it going
        long sync = launcher.start(SyncLauncher.SCHEDULED, null);
        CountDownLatch both = new CountDownLatch(1);
        CompletableFuture<Void> recheck = CompletableFuture.runAsync(() -> {
            both.countDown();
            launcher.startScheduledRecheck();
        });
        both.await();
        recheck.get();
        // asked again while it waits: still one re-check
        launcher.startScheduledRecheck();

        await().atMost(Duration.ofSeconds(60)).until(() -> jdbc.queryForObject(
                "SELECT COUNT(*) FROM sync_run WHERE kind = 'RECHECK' AND state <> 'RUNNING'", Integer.class) == 1);
        List<java.util.Map<String, Object>> runs = jdbc.queryForList("SELECT run_id, kind, state, started_at, finished_at FROM sync_run ORDER BY run_id");
        org.slf4j.LoggerFactory.getLogger(getClass()).info("ISSUE22 runs after both triggers: {}", runs);
        assertThat(runs).hasSize(2);
        assertThat(runs.get(0)).containsEntry("kind", "SCHEDULED").containsEntry("state", "SUCCEEDED");
        assertThat(((Number) runs.get(0).get("run_id")).longValue()).isEqualTo(sync);
        assertThat(runs.get(1)).containsEntry("kind", "RECHECK").containsEntry("state", "SUCCEEDED");
        assertThat(launcher.isQueued(SyncLauncher.RECHECK)).isFalse();
    }
}
