package gx.zhicheng.documents;

import gx.zhicheng.web.OfficeScope;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
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
 * The city office's supervision view of its counties ({@code ?year=2022}, default the current year), as JSON and as
 * a CSV download. Every office's declarations: the city office's accounts only; a county's account gets 403.
 */
@RestController
class SupervisionController {

    private final FigureSnapshots figures;
    private final Clock clock;

    SupervisionController(FigureSnapshots figures, Clock clock) {
        this.figures = figures;
        this.clock = clock;
    }

    @GetMapping("/api/ops/supervision")
    Supervision supervision(@RequestParam(required = false) Integer year, OfficeScope scope) {
        return of(year, scope);
    }

    @GetMapping("/api/ops/supervision.csv")
    ResponseEntity<byte[]> csv(@RequestParam(required = false) Integer year, OfficeScope scope) {
        Supervision s = of(year, scope);
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("zhicheng-supervision-" + s.year() + ".csv").build().toString())
                .body(SupervisionCsv.write(s).getBytes(StandardCharsets.UTF_8));
    }

    private Supervision of(Integer year, OfficeScope scope) {
        if (!scope.all()) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN, "督导统计涉及全市各职改部门的申报，只有崇左市职改办的账号可以查看");
        }
        return figures.supervision(year != null ? year : LocalDate.now(clock).getYear());
    }
}
