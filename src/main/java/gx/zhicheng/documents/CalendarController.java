package gx.zhicheng.documents;

import gx.zhicheng.rules.EvaluationCalendar;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** The evaluation calendar on a date (default today): the current phases, the next one and the re-check deadline. */
@RestController
class CalendarController {

    private final EvaluationCalendar calendar;
    private final Clock clock;

    CalendarController(EvaluationCalendar calendar, Clock clock) {
        this.calendar = calendar;
        this.clock = clock;
    }

    @GetMapping("/api/ops/calendar")
    EvaluationCalendar.Today calendar(@RequestParam(required = false) String date) {
        try {
            return calendar.on(date == null ? LocalDate.now(clock) : LocalDate.parse(date));
        } catch (DateTimeParseException e) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "date 须为 yyyy-MM-dd，例如 2022-08-01");
        }
    }
}
