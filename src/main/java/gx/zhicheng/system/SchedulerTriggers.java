package gx.zhicheng.system;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.Trigger;
import org.quartz.TriggerKey;
import org.quartz.impl.matchers.GroupMatcher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * Keeps the schedule alive through a database outage. When the clustered job store cannot read a job while
 * firing its trigger (the connection was terminated, the database restarted), Quartz logs "Error retrieving
 * job, setting trigger state to ERROR", and a trigger in ERROR never fires again: an instance would stop
 * syncing without a word. Quartz cannot be told not to, so route repair-scheduler-triggers calls
 * {@link #repair} every zhicheng.database.trigger-check: a trigger found in ERROR is put back to work, with a
 * WARN in the log; health component {@code schedulerTriggers} says how often that happened and is DOWN while
 * a trigger stays in ERROR. Counter zhicheng_scheduler_triggers_repaired_total counts the repairs for an alert:
 * a repair means the database failed under the scheduler, which an operator wants to hear about even though the
 * schedule goes on.
 */
@Component("schedulerTriggers")
public class SchedulerTriggers implements HealthIndicator {

    private static final Logger log = LoggerFactory.getLogger(SchedulerTriggers.class);

    private final ObjectProvider<Scheduler> scheduler;
    private final Clock clock;
    private final AtomicInteger repaired = new AtomicInteger();
    private final Counter repairs;
    private volatile String lastRepair;

    SchedulerTriggers(ObjectProvider<Scheduler> scheduler, Clock clock, MeterRegistry registry) {
        this.scheduler = scheduler;
        this.clock = clock;
        this.repairs = Counter.builder("zhicheng.scheduler.triggers.repaired")
                .description("Quartz triggers found in ERROR and put back to work").register(registry);
    }

    /** Resets every trigger in ERROR; answers how many. While the database is away it checks again next time. */
    public int repair() {
        Scheduler quartz = scheduler.getIfAvailable();
        if (quartz == null) {
            return 0;
        }
        try {
            return repair(quartz);
        } catch (SchedulerException | RuntimeException e) {
            log.warn("Cannot check the scheduler's triggers now ({}); checking again later", e.getClass().getSimpleName());
            return 0;
        }
    }

    private int repair(Scheduler quartz) throws SchedulerException {
        int count = 0;
        for (TriggerKey key : inError(quartz)) {
            quartz.resetTriggerFromErrorState(key);
            // the reset does not wake the scheduler thread, which may idle for up to 30 s; resuming does (and
            // changes nothing for a trigger that is not paused)
            quartz.resumeTrigger(key);
            count++;
            repaired.incrementAndGet();
            repairs.increment();
            lastRepair = key + " at " + Instant.now(clock);
            log.warn("Quartz trigger {} was left in ERROR (the database failed while it fired) and would never fire "
                    + "again; reset, it fires on its schedule from now on", key);
        }
        return count;
    }

    @Override
    public Health health() {
        Scheduler quartz = scheduler.getIfAvailable();
        if (quartz == null) {
            return Health.unknown().build();
        }
        try {
            List<TriggerKey> broken = inError(quartz);
            Health.Builder health = broken.isEmpty() ? Health.up() : Health.down().withDetail("inError", broken.toString());
            health.withDetail("repairedAfterError", repaired.get());
            if (lastRepair != null) {
                health.withDetail("lastRepair", lastRepair);
            }
            return health.build();
        } catch (SchedulerException | RuntimeException e) {
            return Health.down().withDetail("error", e.getClass().getSimpleName()).build();
        }
    }

    private static List<TriggerKey> inError(Scheduler quartz) throws SchedulerException {
        List<TriggerKey> broken = new ArrayList<>();
        for (String group : quartz.getTriggerGroupNames()) {
            for (TriggerKey key : quartz.getTriggerKeys(GroupMatcher.triggerGroupEquals(group))) {
                if (quartz.getTriggerState(key) == Trigger.TriggerState.ERROR) {
                    broken.add(key);
                }
            }
        }
        return broken;
    }
}
