package gx.zhicheng.ops;

import com.fasterxml.jackson.databind.JsonNode;
import gx.zhicheng.review.NoSuchDeclaration;
import gx.zhicheng.web.OfficeScope;
import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * One declaration as stored, with verdicts and pushes; and re-syncing it from the platform. Both only for a
 * declaration of the user's offices: another office's answers 404 like one that does not exist. ID and phone
 * numbers are masked unless the user holds PERSONAL_DATA (see {@link PersonalData}).
 */
@RestController
@RequestMapping("/api/ops/declarations")
class DeclarationController {

    private static final Logger log = LoggerFactory.getLogger(DeclarationController.class);

    private final StoredDeclarations declarations;
    private final DeclarationResync resync;
    private final PersonalData personalData;

    private final gx.zhicheng.audit.AuditLog audit;

    DeclarationController(StoredDeclarations declarations, DeclarationResync resync, PersonalData personalData,
                          gx.zhicheng.audit.AuditLog audit) {
        this.audit = audit;
        this.declarations = declarations;
        this.resync = resync;
        this.personalData = personalData;
    }

    @GetMapping("/{id}")
    JsonNode declaration(@PathVariable String id, OfficeScope scope, Authentication who, HttpServletRequest request) {
        StoredDeclarations.Detail detail = declarations.find(id, scope).orElseThrow(() -> new NoSuchDeclaration(id));
        return personalData.view(detail, id, who, request.getMethod() + " " + request.getRequestURI());
    }

    /**
     * The city office may re-sync any declaration, also one the adapter never stored (it is pulled then); any
     * other office only one stored under its offices, so that a re-sync cannot fetch another office's declaration.
     */
    @PostMapping("/{id}/resync")
    JsonNode resync(@PathVariable String id, @RequestParam(defaultValue = "false") boolean dryRun,
                    Principal operator, OfficeScope scope) {
        if (!scope.all() && declarations.find(id, scope).isEmpty()) {
            throw new NoSuchDeclaration(id);
        }
        ResyncResult result = resync.resync(id, dryRun);
        audit.record(dryRun ? "RESYNC_DECLARATION_DRY_RUN" : "RESYNC_DECLARATION", id,
                "v" + result.version() + ", pushed " + result.pushed());
        log.info("Operator {} re-synced declaration {} v{} (dry run: {}, pushed: {})", operator.getName(), id,
                result.version(), dryRun, result.pushed());
        return personalData.masked(result);
    }
}
