package gx.zhicheng.sync;

import gx.zhicheng.rules.EvaluationCalendar;
import gx.zhicheng.system.ZhichengProperties;
import gx.zhicheng.system.ZhichengProperties.Phase;
import java.text.ParseException;
import java.time.Clock;
import java.time.Instant;
import java.time.MonthDay;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import java.util.TimeZone;
import org.quartz.CronExpression;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * When the scheduled sync runs, following the year of the notice's attachment 1: a list of phases, each naming the
 * rows of the evaluation calendar it follows by their mark (config/calendar.csv keeps the dates, once) with its own
 * cron (every 15 minutes while people declare in June and July, hourly while the committees review and the offices
 * confirm), and {@code zhicheng.sync.cron} for the days no phase covers. A Quartz job ticks
 * every minute; this says whether the minute is one the phase of the day asks for.
 */
@Component
class SyncSchedule {

    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    private final List<Phase> phases;
    private final EvaluationCalendar calendar;
    private final String fallbackCron;
    private final CronExpression tick;
    private final Clock clock;

    @Autowired
    SyncSchedule(ZhichengProperties properties, EvaluationCalendar calendar, Clock clock) {
        this(properties.sync().schedule().phases(), calendar, properties.sync().cron(), properties.sync().tickCron(), clock);
    }

    SyncSchedule(List<Phase> phases, EvaluationCalendar calendar, String fallbackCron, Clock clock) {
        this(phases, calendar, fallbackCron, "0 * * * * ?", clock);
    }

    SyncSchedule(List<Phase> phases, EvaluationCalendar calendar, String fallbackCron, String tickCron, Clock clock) {
        for (Phase phase : phases) {
            List<String> unknown = phase.marks().stream().filter(m -> !calendar.marks().contains(m)).toList();
            if (!unknown.isEmpty()) {
                throw new IllegalStateException("zhicheng.sync.schedule.phases '" + phase.name() + "' follows calendar marks "
                        + unknown + " that no row of the calendar carries (it has " + calendar.marks() + ")");
            }
        }
        this.phases = List.copyOf(phases);
        this.calendar = calendar;
        this.fallbackCron = fallbackCron;
        this.tick = cron(tickCron);
        this.clock = clock;
        phases.forEach(p -> cron(p.cron()));
        cron(fallbackCron);
    }

    /** The scheduler's next tick (zhicheng.sync.tick-cron) after the current moment. */
    public Instant nextTick() {
        return nextTick(clock.instant());
    }

    Instant nextTick(Instant after) {
        Date next = tick.getNextValidTimeAfter(Date.from(after));
        return next == null ? Instant.MAX : next.toInstant();
    }

    /** Whether the current minute is one the schedule asks a sync for. */
    public boolean isDue() {
        return isDue(ZonedDateTime.now(clock.withZone(BEIJING)));
    }

    boolean isDue(ZonedDateTime now) {
        ZonedDateTime minute = now.withZoneSameInstant(BEIJING).truncatedTo(ChronoUnit.MINUTES);
        return cron(cronFor(MonthDay.from(minute))).isSatisfiedBy(Date.from(minute.toInstant()));
    }

    /**
     * The time between two scheduled runs in the phase of the current day (two consecutive fires of its cron):
     * what the alert "no successful run in a phase's interval plus an hour" compares the last success with.
     */
    public java.time.Duration interval() {
        ZonedDateTime now = ZonedDateTime.now(clock.withZone(BEIJING));
        CronExpression cron = cron(cronFor(MonthDay.from(now)));
        Date next = cron.getNextValidTimeAfter(Date.from(now.toInstant()));
        Date after = next == null ? null : cron.getNextValidTimeAfter(next);
        return after == null ? java.time.Duration.ZERO : java.time.Duration.between(next.toInstant(), after.toInstant());
    }

    String cronFor(MonthDay day) {
        return phases.stream().filter(p -> calendar.covers(p.marks(), day)).map(Phase::cron).findFirst().orElse(fallbackCron);
    }

    private static CronExpression cron(String expression) {
        try {
            CronExpression cron = new CronExpression(expression);
            cron.setTimeZone(TimeZone.getTimeZone(BEIJING));
            return cron;
        } catch (ParseException e) {
            throw new IllegalStateException("Invalid sync cron '" + expression + "': " + e.getMessage(), e);
        }
    }
}
