package gx.zhicheng.ops;

import com.fasterxml.jackson.databind.JsonNode;
import gx.zhicheng.system.OfficeScope;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The VERIFY findings that await an operator's decision (核实队列), oldest verdict first: those of the user's
 * offices; {@code ?office=CODE} narrows it to one of them (the city office's filter). Evidence is masked.
 */
@RestController
class VerificationController {

    private final VerificationQueue queue;
    private final PersonalData personalData;

    VerificationController(VerificationQueue queue, PersonalData personalData) {
        this.queue = queue;
        this.personalData = personalData;
    }

    @GetMapping("/api/ops/verifications")
    JsonNode verifications(@RequestParam(defaultValue = "500") int limit, @RequestParam(required = false) String office,
                           OfficeScope scope) {
        return personalData.masked(queue.waiting(Math.max(1, Math.min(limit, 5000)), scope.narrowedTo(office)));
    }
}
