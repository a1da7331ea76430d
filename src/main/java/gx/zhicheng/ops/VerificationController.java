package gx.zhicheng.ops;

import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The VERIFY findings that await an operator's decision (核实队列), oldest verdict first. */
@RestController
class VerificationController {

    private final VerificationQueue queue;

    VerificationController(VerificationQueue queue) {
        this.queue = queue;
    }

    @GetMapping("/api/ops/verifications")
    List<VerificationQueue.Waiting> verifications(@RequestParam(defaultValue = "500") int limit) {
        return queue.waiting(Math.max(1, Math.min(limit, 5000)));
    }
}
