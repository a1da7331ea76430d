package gx.zhicheng.sync;

import gx.zhicheng.rules.EvaluationCalendar;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Evaluation calendars for the schedule's tests: the jar's copy, or rows written to a file as an office would. */
final class TestCalendars {

    private TestCalendars() {}

    static EvaluationCalendar defaults() {
        return EvaluationCalendar.load("classpath:config/calendar.csv");
    }

    /** A calendar of these rows ({@code from,to,phase,responsible,mark}) and a CONFIRMATION row on Nov 30. */
    static EvaluationCalendar of(String... rows) {
        try {
            Path csv = Files.createTempFile("calendar", ".csv");
            csv.toFile().deleteOnExit();
            Files.writeString(csv, "from,to,phase,responsible,mark\n" + String.join("\n", rows)
                    + "\n11-30,11-30,分批审核确认,职改部门,CONFIRMATION\n");
            return EvaluationCalendar.load(csv.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
