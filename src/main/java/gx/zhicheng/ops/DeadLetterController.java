package gx.zhicheng.ops;

import com.fasterxml.jackson.databind.JsonNode;
import gx.zhicheng.system.OfficeScope;
import java.security.Principal;
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
    private final PersonalData personalData;

    DeadLetterController(DeadLetters deadLetters, PersonalData personalData) {
        this.deadLetters = deadLetters;
        this.personalData = personalData;
    }

    /** Those of the user's offices ({@code ?office=CODE}: one of them); the platform's answers masked. */
    @GetMapping
    JsonNode deadLetters(@RequestParam(defaultValue = "200") int limit, @RequestParam(required = false) String office,
                         OfficeScope scope) {
        return personalData.masked(deadLetters.recent(Math.max(1, Math.min(limit, 1000)), scope.narrowedTo(office)));
    }

    @PostMapping("/{id}/retry")
    @ResponseStatus(HttpStatus.ACCEPTED)
    DeadLetters.Requeued retry(@PathVariable long id, Principal operator, OfficeScope scope) {
        DeadLetters.Requeued requeued = deadLetters.retry(id, scope);
        log.info("Operator {} re-queued dead letter {} (push {})", operator.getName(), id, requeued.idempotencyKey());
        return requeued;
    }
}
