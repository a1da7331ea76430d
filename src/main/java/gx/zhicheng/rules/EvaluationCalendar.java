package gx.zhicheng.rules;

import gx.zhicheng.system.ReferenceCsv;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The evaluation calendar of the notice's attachment 1 (config/calendar.csv), the one place the year's dates are
 * kept: the phases of every declaration year, which may overlap; the confirmation deadline (the end of the phase
 * marked CONFIRMATION, Nov 30), up to which the re-check before confirmation runs; and the marks the sync schedule's
 * phases name (zhicheng.sync.schedule.phases[].calendar), so that its busier crons follow the calendar's dates.
 *
 * <p>CSV, UTF-8, lines starting with # are comments, no quoting: {@code from,to,phase,responsible,mark}, with
 * {@code from} and {@code to} as MM-dd (both included, within one year) and {@code mark} empty or a code of capital
 * letters, {@code CONFIRMATION} on exactly one row; several rows may share another mark.
 */
public final class EvaluationCalendar {

    static final String HEADER = "from,to,phase,responsible,mark";
    static final String CONFIRMATION = "CONFIRMATION";
    private static final Pattern MARK = Pattern.compile("([A-Z][A-Z_]{0,31})?");
    private static final DateTimeFormatter MONTH_DAY = DateTimeFormatter.ofPattern("MM-dd");

    record Phase(MonthDay from, MonthDay to, String name, String responsible, String mark) {
        boolean confirmation() {
            return CONFIRMATION.equals(mark);
        }

        boolean covers(MonthDay day) {
            return !day.isBefore(from) && !day.isAfter(to);
        }
    }

    /** A phase in a given year. */
    public record Dated(String name, String responsible, LocalDate from, LocalDate to) {}

    /** What the calendar says on a date: the phases it falls in, the next one, and the re-check deadline. */
    public record Today(LocalDate date, int year, List<Dated> current, Dated next, LocalDate confirmationDeadline,
                 boolean recheckOpen, List<Dated> phases) {}

    private final List<Phase> phases;

    EvaluationCalendar(List<Phase> phases) {
        this.phases = phases.stream().sorted(Comparator.comparing(Phase::from)).toList();
        if (this.phases.stream().filter(Phase::confirmation).count() != 1) {
            throw new IllegalArgumentException("the calendar needs exactly one phase marked " + CONFIRMATION);
        }
    }

    public MonthDay confirmationDeadline() {
        return phases.stream().filter(Phase::confirmation).findFirst().orElseThrow().to();
    }

    /** The marks the calendar's rows carry. */
    public Set<String> marks() {
        return phases.stream().map(Phase::mark).filter(m -> !m.isEmpty()).collect(Collectors.toCollection(TreeSet::new));
    }

    /** Whether a row carrying one of these marks covers the day. */
    public boolean covers(Collection<String> marks, MonthDay day) {
        return phases.stream().anyMatch(p -> marks.contains(p.mark()) && p.covers(day));
    }

    public Today on(LocalDate date) {
        int year = date.getYear();
        List<Dated> ofYear = inYear(year);
        List<Dated> current = ofYear.stream().filter(p -> !date.isBefore(p.from()) && !date.isAfter(p.to())).toList();
        Dated next = ofYear.stream().filter(p -> p.from().isAfter(date)).findFirst()
                .orElseGet(() -> inYear(year + 1).get(0));
        LocalDate deadline = confirmationDeadline().atYear(year);
        return new Today(date, year, current, next, deadline, !date.isAfter(deadline), ofYear);
    }

    private List<Dated> inYear(int year) {
        return phases.stream().map(p -> new Dated(p.name(), p.responsible(), p.from().atYear(year), p.to().atYear(year)))
                .toList();
    }

    public static EvaluationCalendar load(String location) {
        return new EvaluationCalendar(ReferenceCsv.load(location, HEADER).stream().map(EvaluationCalendar::phase).toList());
    }

    static EvaluationCalendar load(Path csv) {
        return new EvaluationCalendar(ReferenceCsv.load(csv, HEADER).stream().map(EvaluationCalendar::phase).toList());
    }

    private static Phase phase(ReferenceCsv.Row row) {
        MonthDay from = monthDay(row, 0);
        MonthDay to = monthDay(row, 1);
        if (to.isBefore(from)) {
            throw row.invalid("a phase ends before it starts");
        }
        String mark = row.field(4);
        if (!MARK.matcher(mark).matches()) {
            throw row.invalid("a mark is empty or capital letters and _: " + mark);
        }
        return new Phase(from, to, row.field(2), row.field(3), mark);
    }

    private static MonthDay monthDay(ReferenceCsv.Row row, int field) {
        try {
            return MonthDay.parse(row.field(field), MONTH_DAY);
        } catch (DateTimeParseException e) {
            throw row.invalid("not a month and day: " + row.field(field));
        }
    }
}
