package gx.zhicheng.ops;

import com.fasterxml.jackson.databind.JsonNode;
import gx.zhicheng.pull.UnreadablePages;
import gx.zhicheng.web.OfficeScope;
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

/**
 * Pushes the platform refused for good (死信), and sending one again; the push-outbox route sends it when due. Also
 * the listing pages the adapter could not read (无法读取的列表页): they belong to no office yet, so only a user of
 * every office sees them, with ID numbers and phone numbers masked.
 */
@RestController
@RequestMapping("/api/ops/dead-letters")
class DeadLetterController {

    private static final Logger log = LoggerFactory.getLogger(DeadLetterController.class);

    private final DeadLetters deadLetters;
    private final PersonalData personalData;
    private final UnreadablePages unreadablePages;

    private final gx.zhicheng.audit.AuditLog audit;

    DeadLetterController(DeadLetters deadLetters, PersonalData personalData, UnreadablePages unreadablePages, gx.zhicheng.audit.AuditLog audit) {
        this.audit = audit;
        this.deadLetters = deadLetters;
        this.personalData = personalData;
        this.unreadablePages = unreadablePages;
    }

    /** Those of the user's offices ({@code ?office=CODE}: one of them); the platform's answers masked. */
    @GetMapping
    JsonNode deadLetters(@RequestParam(defaultValue = "200") int limit, @RequestParam(required = false) String office,
                         OfficeScope scope) {
        return personalData.masked(deadLetters.recent(Math.max(1, Math.min(limit, 1000)), scope.narrowedTo(office)));
    }

    /** The listing pages that could not be read, newest first (open ones have no resolvedAt); a county's users see none. */
    @GetMapping("/unreadable-pages")
    JsonNode unreadablePages(@RequestParam(defaultValue = "50") int limit, OfficeScope scope) {
        return personalData.masked(scope.all() ? unreadablePages.recent(Math.max(1, Math.min(limit, 200))) : List.of());
    }

    @PostMapping("/{id}/retry")
    @ResponseStatus(HttpStatus.ACCEPTED)
    DeadLetters.Requeued retry(@PathVariable long id, Principal operator, OfficeScope scope) {
        DeadLetters.Requeued requeued = deadLetters.retry(id, scope);
        audit.record("DEAD_LETTER_RETRY", "dead letter " + id, requeued.idempotencyKey());
        log.info("Operator {} re-queued dead letter {} (push {})", operator.getName(), id, requeued.idempotencyKey());
        return requeued;
    }
}
