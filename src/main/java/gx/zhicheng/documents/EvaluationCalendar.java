package gx.zhicheng.documents;

import gx.zhicheng.system.ReferenceCsv;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.List;

/**
 * The evaluation calendar of the notice's attachment 1 (config/calendar.csv): the phases of every declaration
 * year, which may overlap, and the confirmation deadline (the end of the phase marked CONFIRMATION, Nov 30),
 * up to which the re-check before confirmation runs.
 *
 * <p>CSV, UTF-8, lines starting with # are comments, no quoting: {@code from,to,phase,responsible,mark}, with
 * {@code from} and {@code to} as MM-dd (both included, within one year) and {@code mark} empty or
 * {@code CONFIRMATION} on exactly one row.
 */
final class EvaluationCalendar {

    static final String HEADER = "from,to,phase,responsible,mark";
    static final String CONFIRMATION = "CONFIRMATION";
    private static final DateTimeFormatter MONTH_DAY = DateTimeFormatter.ofPattern("MM-dd");

    record Phase(MonthDay from, MonthDay to, String name, String responsible, boolean confirmation) {}

    /** A phase in a given year. */
    record Dated(String name, String responsible, LocalDate from, LocalDate to) {}

    /** What the calendar says on a date: the phases it falls in, the next one, and the re-check deadline. */
    record Today(LocalDate date, int year, List<Dated> current, Dated next, LocalDate confirmationDeadline,
                 boolean recheckOpen, List<Dated> phases) {}

    private final List<Phase> phases;

    EvaluationCalendar(List<Phase> phases) {
        this.phases = phases.stream().sorted(Comparator.comparing(Phase::from)).toList();
        if (this.phases.stream().filter(Phase::confirmation).count() != 1) {
            throw new IllegalArgumentException("the calendar needs exactly one phase marked " + CONFIRMATION);
        }
    }

    MonthDay confirmationDeadline() {
        return phases.stream().filter(Phase::confirmation).findFirst().orElseThrow().to();
    }

    Today on(LocalDate date) {
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

    static EvaluationCalendar load(String location) {
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
        return new Phase(from, to, row.field(2), row.field(3), CONFIRMATION.equals(row.field(4)));
    }

    private static MonthDay monthDay(ReferenceCsv.Row row, int field) {
        try {
            return MonthDay.parse(row.field(field), MONTH_DAY);
        } catch (DateTimeParseException e) {
            throw row.invalid("not a month and day: " + row.field(field));
        }
    }
}
