package gx.zhicheng.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import gx.zhicheng.flow.FlowGateway;
import gx.zhicheng.runs.SyncRuns;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.Test;

/**
 * A scheduled run that reviewed something is followed at once by catch-up runs while each finds work, until the
 * scheduler's next tick; a run that found nothing, a failed run or catch-up switched off ends the series.
 */
class CatchUpRunsTest {

    private final List<String> kinds = new ArrayList<>();
    private final AtomicLong ids = new AtomicLong();

    /** A launcher whose n-th run reviews reviewed[n] declarations (SUCCEEDED) or fails (-1); each run takes sleepMillis. */
    private SyncLauncher launcher(boolean catchUp, String tickCron, long pauseMillis, long sleepMillis, int... reviewed) {
        SyncRuns runs = mock(SyncRuns.class);
        when(runs.begin(anyString(), isNull())).thenAnswer(call -> {
            kinds.add(call.getArgument(0));
            return ids.incrementAndGet();
        });
        when(runs.find(any(Long.class))).thenAnswer(call -> {
            long id = call.getArgument(0);
            int n = id <= reviewed.length ? reviewed[(int) id - 1] : 0;
            OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
            return Optional.of(new SyncRuns.Run(id, kinds.get((int) id - 1), n < 0 ? "FAILED" : "SUCCEEDED", null, now, now,
                    Math.max(n, 0), 0, Math.max(n, 0), Math.max(n, 0), 0, 0, 0, Math.max(n, 0), 0, null));
        });
        ProducerTemplate producer = mock(ProducerTemplate.class);
        when(producer.getCamelContext()).thenReturn(new DefaultCamelContext());
        when(producer.send(anyString(), any(Exchange.class))).thenAnswer(call -> {
            Thread.sleep(sleepMillis);
            return call.getArgument(1);
        });
        SyncSchedule everyMinute = new SyncSchedule(List.of(), TestCalendars.defaults(), "* * * * * ?", tickCron,
                Clock.systemUTC());
        return new SyncLauncher(new FlowGateway(producer), runs, everyMinute, catchUp, Duration.ofMillis(pauseMillis), Clock.systemUTC());
    }

    @Test
    void catchesUpWhileRunsFindWork() {
        launcher(true, "0 0 0 1 1 ? 2099", 0, 0, 200, 40, 3, 0, 7).startScheduled();
        assertThat(kinds).containsExactly("SCHEDULED", "CATCH_UP", "CATCH_UP", "CATCH_UP");
    }

    @Test
    void aFailedRunEndsTheSeries() {
        launcher(true, "0 0 0 1 1 ? 2099", 0, 0, 200, -1, 5).startScheduled();
        assertThat(kinds).containsExactly("SCHEDULED", "CATCH_UP");
    }

    @Test
    void stopsAtTheNextTick() {
        // a tick every second, runs of 300 ms that always find work: the series ends within the second
        launcher(true, "* * * * * ?", 0, 300, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9).startScheduled();
        assertThat(kinds).hasSizeBetween(1, 4).first().isEqualTo("SCHEDULED");
    }

    @Test
    void oneRunPerTickWithoutCatchUp() {
        launcher(false, "0 0 0 1 1 ? 2099", 0, 0, 200, 40).startScheduled();
        assertThat(kinds).containsExactly("SCHEDULED");
    }

    @Test
    void pausesBeforeEachCatchUpRunAndNotPastTheNextTick() {
        long started = System.nanoTime();
        launcher(true, "0 0 0 1 1 ? 2099", 150, 0, 200, 40, 0).startScheduled();
        assertThat(kinds).containsExactly("SCHEDULED", "CATCH_UP", "CATCH_UP");
        assertThat(System.nanoTime() - started).as("two pauses of 150 ms").isGreaterThanOrEqualTo(300_000_000L);
        kinds.clear();
        ids.set(0);
        // a tick every second and a pause of two: no catch-up run fits before the next tick
        launcher(true, "* * * * * ?", 2000, 0, 200, 40).startScheduled();
        assertThat(kinds).containsExactly("SCHEDULED");
    }

    @Test
    void theNextTickFollowsTheTickCron() {
        SyncSchedule schedule = new SyncSchedule(List.of(), TestCalendars.defaults(), "0 0 2 * * ?", "0/10 * * * * ?", Clock.systemUTC());
        assertThat(schedule.nextTick(Instant.parse("2026-11-26T01:00:03Z"))).isEqualTo(Instant.parse("2026-11-26T01:00:10Z"));
    }
}
