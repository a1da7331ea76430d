package gx.zhicheng.ops;

import java.security.Principal;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Pushes the platform refused for good (死信), and sending one again; the push-outbox route sends it when due. */
@RestController
@RequestMapping("/api/ops/dead-letters")
class DeadLetterController {

    private static final Logger log = LoggerFactory.getLogger(DeadLetterController.class);

    private final DeadLetters deadLetters;

    DeadLetterController(DeadLetters deadLetters) {
        this.deadLetters = deadLetters;
    }

    @GetMapping
    List<DeadLetters.DeadLetter> deadLetters(@RequestParam(defaultValue = "200") int limit) {
        return deadLetters.recent(Math.max(1, Math.min(limit, 1000)));
    }

    @PostMapping("/{id}/retry")
    @ResponseStatus(HttpStatus.ACCEPTED)
    DeadLetters.Requeued retry(@PathVariable long id, Principal operator) {
        DeadLetters.Requeued requeued = deadLetters.retry(id);
        log.info("Operator {} re-queued dead letter {} (push {})", operator.getName(), id, requeued.idempotencyKey());
        return requeued;
    }
}
