package gx.zhicheng.ops;

import java.security.Principal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** One declaration as stored, with verdicts and pushes; and re-syncing it from the platform. */
@RestController
@RequestMapping("/api/ops/declarations")
class DeclarationController {

    private static final Logger log = LoggerFactory.getLogger(DeclarationController.class);

    private final StoredDeclarations declarations;
    private final DeclarationResync resync;

    DeclarationController(StoredDeclarations declarations, DeclarationResync resync) {
        this.declarations = declarations;
        this.resync = resync;
    }

    @GetMapping("/{id}")
    StoredDeclarations.Detail declaration(@PathVariable String id) {
        return declarations.find(id).orElseThrow(() -> new NoSuchDeclaration(id));
    }

    @PostMapping("/{id}/resync")
    ResyncResult resync(@PathVariable String id, @RequestParam(defaultValue = "false") boolean dryRun,
                        Principal operator) {
        ResyncResult result = resync.resync(id, dryRun);
        log.info("Operator {} re-synced declaration {} v{} (dry run: {}, pushed: {})", operator.getName(), id,
                result.version(), dryRun, result.pushed());
        return result;
    }
}
