package gx.zhicheng.sync;

import static org.assertj.core.api.Assertions.assertThat;

import gx.zhicheng.system.TestSettings;
import gx.zhicheng.system.ZhichengProperties;
import java.time.Clock;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.TimeZone;
import org.junit.jupiter.api.Test;
import org.quartz.CronExpression;

/**
 * The default crons do not meet (issue 22): in every minute of a year in which the schedule of the jar's defaults asks
 * for a sync, neither the re-check nor retention fires. (When a run outlasts its minute they still may meet; then the
 * later job is queued, ScheduledJobsQueueTest.)
 */
class DefaultCronsTest {

    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

    @Test
    void noSyncMinuteOfTheDefaultScheduleIsAMinuteOfTheRecheckOrRetention() throws Exception {
        ZhichengProperties settings = TestSettings.defaults();
        SyncSchedule schedule = new SyncSchedule(settings.sync().schedule().phases(), TestCalendars.defaults(), settings.sync().cron(),
                settings.sync().tickCron(), Clock.systemUTC());
        List<String> met = new ArrayList<>();
        for (String job : List.of(settings.recheck().cron(), settings.retention().cron())) {
            CronExpression cron = new CronExpression(job);
            cron.setTimeZone(TimeZone.getTimeZone(BEIJING));
            Date at = Date.from(ZonedDateTime.of(2026, 1, 1, 0, 0, 0, 0, BEIJING).toInstant().minusSeconds(1));
            Date end = Date.from(ZonedDateTime.of(2027, 1, 1, 0, 0, 0, 0, BEIJING).toInstant());
            while ((at = cron.getNextValidTimeAfter(at)) != null && at.before(end)) {
                if (schedule.isDue(at.toInstant().atZone(BEIJING))) {
                    met.add(job + " at " + at.toInstant().atZone(BEIJING));
                }
            }
        }
        assertThat(met).as("firings of the re-check or retention in a minute the sync is due").isEmpty();
    }
}
