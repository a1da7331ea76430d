package gx.zhicheng.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import gx.zhicheng.rules.EvaluationCalendar;
import gx.zhicheng.system.ZhichengProperties.Phase;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SyncScheduleTest {

    /** June-July every 15 minutes, August-November hourly, a phase across the new year (two rows of one mark). */
    private static final EvaluationCalendar CALENDAR = TestCalendars.of(
            "06-01,07-31,申报,申报人,DECLARATION",
            "08-01,11-30,评审,评委会,EVALUATION",
            "12-01,12-31,跨年,职改办,NEW_YEAR",
            "01-01,01-31,跨年,职改办,NEW_YEAR");
    private static final List<Phase> PHASES = List.of(
            new Phase("申报", "DECLARATION", "0 0/15 * * * ?"),
            new Phase("评审", "EVALUATION", "0 0 * * * ?"),
            new Phase("跨年", "NEW_YEAR", "0 0 12 * * ?"));

    private final SyncSchedule schedule = new SyncSchedule(PHASES, CALENDAR, "0 0 2 * * ?", Clock.systemUTC());

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
            "2022-05-31T23:45:00+08:00, false",  // the day before the calendar's row: the single cron
            "2022-06-01T00:15:00+08:00, true",   // declaration phase: every 15 minutes
            "2022-07-31T23:45:30+08:00, true",   // any second of a due minute
            "2022-07-31T23:46:00+08:00, false",
            "2022-08-01T00:15:00+08:00, false",  // review phase: on the hour only
            "2022-11-30T17:00:00+08:00, true",
            "2022-12-31T12:00:00+08:00, true",   // a phase across the new year
            "2023-01-15T12:00:00+08:00, true",
            "2023-03-10T02:00:00+08:00, true",   // no phase: the single cron
            "2023-03-10T03:00:00+08:00, false",
            "2022-06-01T16:15:00Z, true"})       // compared in Beijing time
    void runsWhenThePhaseOfTheDayAsks(String at, boolean due) {
        assertThat(schedule.isDue(ZonedDateTime.parse(at))).isEqualTo(due);
    }

    /** The interval the alert "no successful run in a phase's interval plus an hour" reads (zhicheng_sync_interval_seconds). */
    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
            "2022-06-10T10:00:00+08:00, PT15M",
            "2022-09-10T10:00:00+08:00, PT1H",
            "2023-03-10T10:00:00+08:00, PT24H",
            "2022-11-30T23:30:00+08:00, PT1H"})  // the day of now, not of the next fire (December's is daily)
    void intervalOfThePhaseOfTheDay(String at, String interval) {
        Clock clock = Clock.fixed(ZonedDateTime.parse(at).toInstant(), ZoneOffset.UTC);
        SyncSchedule at_ = new SyncSchedule(PHASES, CALENDAR, "0 0 2 * * ?", clock);
        assertThat(at_.interval()).isEqualTo(Duration.parse(interval));
    }

    @Test
    void aPhaseFollowingAMarkNoRowCarriesStopsTheStartUpWithItsName() {
        assertThatThrownBy(() -> new SyncSchedule(List.of(new Phase("评审", "EVALUATON", "0 0 * * * ?")), CALENDAR,
                "0 0 2 * * ?", Clock.systemUTC()))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("'评审'").hasMessageContaining("[EVALUATON]");
    }
}
