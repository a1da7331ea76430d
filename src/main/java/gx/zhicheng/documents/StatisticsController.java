package gx.zhicheng.documents;

import gx.zhicheng.web.OfficeScope;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * The year in numbers: {@code ?year=2022}, or {@code ?from=2022-06-01&to=2022-06-30} (declaredOn, both included);
 * without either, the current year. As JSON and as a CSV download. Counted over the user's offices only;
 * {@code &office=CODE} narrows to one of them (the city office's filter). A year of every office (the city office's
 * read without a filter) comes from {@link FigureSnapshots}; the rest is counted at every read.
 */
@RestController
class StatisticsController {

    private final LatestVerdictCounts verdicts;
    private final StatisticsGauges gauges;
    private final FigureSnapshots snapshots;
    private final Clock clock;

    StatisticsController(LatestVerdictCounts verdicts, StatisticsGauges gauges, FigureSnapshots snapshots, Clock clock) {
        this.verdicts = verdicts;
        this.gauges = gauges;
        this.snapshots = snapshots;
        this.clock = clock;
    }

    @GetMapping("/api/ops/statistics")
    Statistics statistics(@RequestParam(required = false) Integer year, @RequestParam(required = false) String from,
                          @RequestParam(required = false) String to, @RequestParam(required = false) String office,
                          OfficeScope scope) {
        return count(year, from, to, scope.narrowedTo(office));
    }

    @GetMapping("/api/ops/statistics.csv")
    ResponseEntity<byte[]> csv(@RequestParam(required = false) Integer year, @RequestParam(required = false) String from,
                               @RequestParam(required = false) String to, @RequestParam(required = false) String office,
                               OfficeScope scope) {
        Statistics s = count(year, from, to, scope.narrowedTo(office));
        String name = "zhicheng-statistics-" + (s.year() != null ? s.year().toString() : s.from() + "_" + s.to()) + ".csv";
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
                .body(StatisticsCsv.write(s).getBytes(StandardCharsets.UTF_8));
    }

    private Statistics count(Integer year, String from, String to, OfficeScope scope) {
        gauges.refreshSoon();
        if (from != null || to != null) {
            if (year != null || from == null || to == null) {
                throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "请给出 year，或同时给出 from 与 to（申报日期，含首尾）");
            }
            LocalDate start = date(from);
            LocalDate end = date(to);
            if (end.isBefore(start)) {
                throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "to 不能早于 from");
            }
            return Statistics.counted(null, start, end, verdicts.declaredBetween(start, end, scope))
                    .withAwaitingUnit(verdicts.awaitingUnitDeclaredBetween(start, end, scope))
                    .countedAt(OffsetDateTime.now(clock));
        }
        int y = year != null ? year : LocalDate.now(clock).getYear();
        if (scope.all()) {
            return snapshots.statistics(y);
        }
        return Statistics.counted(y, null, null, verdicts.ofYear(y, scope))
                .withAwaitingUnit(verdicts.awaitingUnitOfYear(y, scope)).countedAt(OffsetDateTime.now(clock));
    }

    private static LocalDate date(String text) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "日期须为 yyyy-MM-dd，例如 2022-06-01");
        }
    }
}
